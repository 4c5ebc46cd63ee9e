package org.cronomapa.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;


import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cronomapa.FxThread;
import org.cronomapa.TestData;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.state.ViewerState;
import org.cronomapa.labels.FrameFactory;
import org.cronomapa.labels.Texts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The vector frame: well-formed SVG made of paths and searchable text, drawn by the raster's own rules. */
class SvgTargetTest {
    private static final LocalDate DAY = LocalDate.of(2023, 1, 9);
    private static final Texts TEXTS = TestData.english();
    private static ViewerState state;

    @BeforeAll
    static void bundledDataOnADayWithEvents() {
        FxThread.start();
        state = new ViewerState();
        state.loadDataset(DatasetFiles.bundled(TestData.regions()));
        state.resize(1280, 800);
        state.seek((int) DAY.toEpochDay());
        state.setWindowDays(7);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static List<Element> elements(Element in, String tag) {
        NodeList nodes = in.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static Element layer(Document d, String id) {
        return elements(d.getDocumentElement(), "g").stream().filter(g -> id.equals(g.getAttribute("id")))
                .findFirst().orElseThrow(() -> new AssertionError("no layer " + id));
    }

    @Test
    void theFrameIsWellFormedSvgOfPathsAndSearchableText() throws Exception {
        MapRenderer vector = new MapRenderer();
        MapRenderer raster = new MapRenderer();
        String svg = FxThread.call(() -> {
            RenderFrame frame = new FrameFactory(TEXTS).frame(state);
            raster.render(frame);
            SvgTarget target = new SvgTarget(1280, 800);
            vector.renderVector(frame, target);
            return target.svg();
        });
        Document d = parse(svg);
        Element root = d.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("1280", root.getAttribute("width"));
        assertTrue(elements(root, "image").isEmpty(), "vector shapes, not an embedded bitmap");

        List<Element> regions = elements(layer(d, "regions"), "path");
        assertEquals(26, regions.size(), "one filled path per region");
        for (Element p : regions) {
            assertEquals("evenodd", p.getAttribute("fill-rule"));
            assertTrue(p.getAttribute("d").startsWith("M") && p.getAttribute("d").endsWith("Z"));
        }
        assertEquals(26, elements(layer(d, "borders"), "path").size());

        List<String> words = elements(root, "text").stream().map(Element::getTextContent).toList();
        assertTrue(words.containsAll(List.of("Puno", "Cusco", "Arequipa")), words.toString());
        assertTrue(words.contains(TEXTS.date(DAY)), "the date as text: " + words);
        assertTrue(words.contains(TEXTS.get("legend.markers")) && words.contains(TEXTS.get("inset.capital")), words.toString());
        assertTrue(words.containsAll(TEXTS.typeNames()), "the legend's type names");

        List<Element> markers = elements(root, "path").stream()
                .filter(p -> p.getAttribute("class").startsWith("marker ")).toList();
        int legendIcons = TEXTS.typeNames().size();
        assertTrue(markers.size() > legendIcons, "markers on a day with events");
        assertEquals(raster.drawn().size(), vector.drawn().size(), "the same markers as the raster");
        assertEquals(raster.drawn().size() + legendIcons, markers.size());
        assertTrue(markers.stream().anyMatch(m -> m.getAttribute("class").equals("marker killing")));
    }

    @Test
    void textIsEscapedAndNumbersAreCompact() throws Exception {
        String svg = FxThread.call(() -> {
            SvgTarget t = new SvgTarget(200, 150);
            t.beginLayer("words");
            t.save();
            t.clip(0, 0, 100, 100);
            t.translate(10.5, -0.004);
            t.text("A & <B> \"c\"\u0001", 10, 10, TextStyle.plain(javafx.scene.text.Font.font("DejaVu Sans", 12),
                    javafx.scene.paint.Color.web("#22222280"), javafx.scene.text.TextAlignment.CENTER,
                    javafx.geometry.VPos.CENTER));
            return t.svg(); // closes the open groups
        });
        Document d = parse(svg);
        Element text = elements(d.getDocumentElement(), "text").get(0);
        assertEquals("A & <B> \"c\"\uFFFD", text.getTextContent());
        assertEquals("#222222", text.getAttribute("fill"));
        assertEquals("0.502", text.getAttribute("fill-opacity"));
        assertEquals("middle", text.getAttribute("text-anchor"));
        assertTrue(svg.contains("translate(10.5 0)"), svg);
        assertEquals("-1.25", SvgTarget.num(-1.2549));
        assertEquals("0", SvgTarget.num(-0.001));
        assertEquals("8000", SvgTarget.num(7999.999));
    }
}
