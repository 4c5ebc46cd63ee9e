package org.cronomapa.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cronomapa.model.EventType;
import org.junit.jupiter.api.Test;

/** The PDF target on its own: both fonts carry Spanish accents as text; markers and alpha are vector operators. */
class PdfTargetTest {
    private static final String WORDS = "Junín, Áncash, Huánuco, Apurímac: ¿señal? ¡sí! ü";

    @Test
    void theEmbeddedFontAndTheHelveticaFallbackBothWriteAccentsAsText() throws Exception {
        for (boolean standard : new boolean[] {false, true}) {
            byte[] pdf = onePage(standard, c -> {
                c.text(WORDS, 40, 100, 12, false, Color.BLACK, Color.WHITE, 2, TextAlignment.LEFT, VPos.BASELINE);
                c.text("Ayacucho", 400, 200, 12, true, Color.BLACK, null, 0, TextAlignment.CENTER, VPos.CENTER);
            });
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(doc);
                assertTrue(text.contains(WORDS), (standard ? "Helvetica: " : "DejaVu: ") + text);
                assertTrue(text.contains("Ayacucho"), text);
            }
        }
    }

    @Test
    void helveticaWritesWhatWinAnsiLacksAsAQuestionMark() {
        PdfFonts fonts = PdfFonts.standard();
        assertEquals("Junín ñ ? ?", fonts.safe("Junín ñ \u0142 \u4e2d", fonts.regular));
        assertEquals("a b", fonts.safe("a\nb", fonts.regular));
    }

    @Test
    void markersAreIconPathsAndFadedOnesCarryAnAlphaState() throws Exception {
        byte[] pdf = onePage(false, c -> {
            for (EventType t : EventType.values()) {
                c.marker(t, 50 + 40 * t.ordinal(), 100, 12, t.ordinal() == 0 ? 255 : 128);
            }
        });
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            String ops;
            try (InputStream in = page.getContents()) {
                ops = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
            assertTrue(ops.contains(" c\n"), "the killing marker's circle is curves");
            assertTrue(ops.contains("B*") || ops.contains("f*"), "filled even-odd");
            assertTrue(ops.contains(" gs\n"), "alpha through an extended graphics state");
            assertTrue(page.getResources().getExtGStateNames().iterator().hasNext());
        }
    }

    @Test
    void theCircleIconIsFourQuarterCurvesOnItsRadius() {
        IconShapes.Shape s = IconShapes.parse("M12 1.5 A10.5 10.5 0 1 0 12 22.5 A10.5 10.5 0 1 0 12 1.5 Z");
        long curves = java.util.Arrays.stream(s.ops()).filter(o -> o == IconShapes.CURVE).count();
        assertEquals(4, curves);
        double[] p = s.points();
        // Every curve's end point lies on the circle of radius 10.5 around (12, 12).
        int j = 2;
        for (int op : s.ops()) {
            if (op == IconShapes.CURVE) {
                assertEquals(10.5, Math.hypot(p[j + 4] - 12, p[j + 5] - 12), 1e-9);
                j += 6;
            }
        }
    }

    private static byte[] onePage(boolean standard, java.util.function.Consumer<PdfTarget> draw) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = standard ? PdfFonts.standard() : PdfFonts.load(doc);
            PDPage page = new PDPage(BriefingPdf.PAGE);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                PdfTarget t = new PdfTarget(cs, fonts, BriefingPdf.H, 0, 0, 1);
                draw.accept(t);
                t.finish();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
