package org.cronomapa.briefing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.cronomapa.charts.DailyChart;
import org.cronomapa.filter.Filter;
import org.cronomapa.filter.RegionTotals;
import org.cronomapa.labels.StoryFrames;
import org.cronomapa.labels.Texts;
import org.cronomapa.model.Event;
import org.cronomapa.model.EventType;
import org.cronomapa.model.RegionMap;
import org.cronomapa.model.Source;
import org.cronomapa.render.MapRenderer;
import org.cronomapa.render.RenderFrame;

/**
 * Writes a briefing as a PDF (A4 landscape): a title page (period, filters, provenance), the map on
 * the day drawn as vectors with its caption and source, a page per story step (its map as vectors,
 * caption, source and link), a table of totals per region (events by
 * type, deaths, injured: {@link RegionTotals}, as {@code --summary} counts them), the national
 * charts ({@link DailyChart}) and every distinct source the counted events cite, each URL a link.
 * Draws with the map's layers and the chart's code, so call on the JavaFX thread (they measure
 * text with the toolkit); returns the file's bytes, which the caller writes atomically.
 */
public final class BriefingPdf {
    static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final float W = PAGE.getWidth();
    static final float H = PAGE.getHeight();
    static final double MARGIN = 40;
    static final Color INK = Color.rgb(30, 30, 30);
    static final Color GREY = Color.rgb(95, 95, 95);
    static final Color LINK = Color.rgb(20, 70, 160);
    static final Color RULE = Color.rgb(200, 200, 200);
    static final Color BAND = Color.rgb(240, 240, 240);

    private final Briefing b;
    private final Texts t;
    private final RegionMap regions;
    private PDDocument doc;
    private PdfFonts fonts;
    private final Map<String, PDExtendedGraphicsState> alphas = new HashMap<>();
    private int pages;

    private BriefingPdf(Briefing b) {
        this.b = b;
        this.t = b.texts();
        this.regions = b.data().regions();
    }

    public static byte[] write(Briefing briefing) throws IOException {
        return new BriefingPdf(briefing).build(false);
    }

    /** With the given fonts (tests: the Helvetica fallback). */
    static byte[] write(Briefing briefing, boolean standardFonts) throws IOException {
        return new BriefingPdf(briefing).build(standardFonts);
    }

    private byte[] build(boolean standardFonts) throws IOException {
        try (PDDocument d = new PDDocument()) {
            doc = d;
            fonts = standardFonts ? PdfFonts.standard() : PdfFonts.load(d);
            PDDocumentInformation info = d.getDocumentInformation();
            info.setTitle(t.get("briefing.title"));
            info.setCreator("Cronomapa");
            List<Source> sources = sources();
            titlePage(sources.size());
            mapPage();
            storyPages();
            tablePage();
            chartPage();
            sourcePages(sources);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.save(out);
            return out.toByteArray();
        }
    }

    /** A new page and a target over it in points, y downwards from the top-left corner. */
    private Page page() throws IOException {
        PDPage p = new PDPage(PAGE);
        doc.addPage(p);
        pages++;
        PDPageContentStream cs = new PDPageContentStream(doc, p);
        PdfTarget target = new PdfTarget(cs, fonts, alphas, H, 0, 0, 1);
        target.text("Cronomapa · " + t.get("briefing.page", pages), W - MARGIN, H - 20, 8, false, GREY, null, 0,
                TextAlignment.RIGHT, VPos.BASELINE);
        return new Page(p, cs, target);
    }

    private record Page(PDPage page, PDPageContentStream cs, PdfTarget target) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            target.finish();
            cs.close();
        }
    }

    private String date(int day) {
        return t.date(LocalDate.ofEpochDay(day));
    }

    private void titlePage(int sourceCount) throws IOException {
        try (Page p = page()) {
            PdfTarget c = p.target();
            double y = 90;
            c.text(t.get("briefing.title"), MARGIN, y, 24, true, INK, null, 0, TextAlignment.LEFT, VPos.BASELINE);
            y += 26;
            c.text(t.get("briefing.subtitle"), MARGIN, y, 13, false, GREY, null, 0, TextAlignment.LEFT, VPos.BASELINE);
            y += 36;
            c.text(t.get("briefing.period", date(b.shown().firstDay()), date(b.day())), MARGIN, y, 14, true, INK, null,
                    0, TextAlignment.LEFT, VPos.BASELINE);
            y += 34;
            y = heading(c, t.get("briefing.filters"), y);
            for (String line : filterLines(b.shown().filter())) {
                y = paragraph(c, line, y, 11, INK);
            }
            y += 16;
            y = heading(c, t.get("briefing.provenance"), y);
            y = paragraph(c, t.get("briefing.dataset", b.data().name(), counted(), sourceCount), y, 11, INK);
            y = paragraph(c, b.fileName() == null ? t.get("briefing.provenance.bundled")
                    : t.get("briefing.provenance.file", b.fileName()), y, 11, INK);
            y = paragraph(c, t.get("briefing.provenance.map"), y, 11, INK);
            y += 16;
            y = paragraph(c, t.get("briefing.contents", date(b.day())), y, 11, GREY);
            if (!b.story().isEmpty()) {
                paragraph(c, t.get("briefing.story.contents", b.storyName(), String.valueOf(b.story().size())), y, 11, GREY);
            }
        }
    }

    private double heading(PdfTarget c, String text, double y) {
        c.text(text, MARGIN, y, 13, true, INK, null, 0, TextAlignment.LEFT, VPos.BASELINE);
        return y + 18;
    }

    /** Wrapped to the page's width; returns the next line's baseline. */
    private double paragraph(PdfTarget c, String text, double y, double size, Color colour) {
        for (String line : wrap(c, text, W - 2 * MARGIN, size, false)) {
            c.text(line, MARGIN, y, size, false, colour, null, 0, TextAlignment.LEFT, VPos.BASELINE);
            y += size * 1.35;
        }
        return y;
    }

    /** Events counted: those that pass the filter and start on or before the day. */
    private int counted() {
        int n = 0;
        for (int row : b.shown().rows()) {
            if (b.shown().events().day(row) <= b.day()) {
                n++;
            }
        }
        return n;
    }

    private List<String> filterLines(Filter f) {
        List<String> lines = new ArrayList<>();
        if (f.isAll()) {
            lines.add(t.get("briefing.filter.none"));
            return lines;
        }
        if (!f.types().isEmpty()) {
            lines.add(t.get("briefing.filter.types", f.types().stream().sorted().map(t::type)
                    .collect(Collectors.joining(", "))));
        }
        if (!f.regions().isEmpty()) {
            lines.add(t.get("briefing.filter.regions", f.regions().stream().sorted().map(this::regionName)
                    .collect(Collectors.joining(", "))));
        }
        if (f.minDeaths() > 0) {
            lines.add(t.get("briefing.filter.minDeaths", f.minDeaths()));
        }
        if (!f.search().isEmpty()) {
            lines.add(t.get("briefing.filter.search", f.search()));
        }
        if (f.from() != null) {
            lines.add(t.get("briefing.filter.from", t.date(f.from())));
        }
        if (f.to() != null) {
            lines.add(t.get("briefing.filter.to", t.date(f.to())));
        }
        return lines;
    }

    private String regionName(String code) {
        return regions.indexOf(code).map(i -> regions.get(i).name(t.spanish()) + " (" + code + ")")
                .orElse(RegionMap.NATIONAL.equals(code) ? t.get("region.national") : code);
    }

    /** The map of the day as vector paths, fitted to the page's width under its title, then caption and source. */
    private void mapPage() throws IOException {
        try (Page p = page()) {
            PdfTarget c = p.target();
            c.text(t.get("briefing.map.title", date(b.day())), MARGIN, 52, 16, true, INK, null, 0, TextAlignment.LEFT,
                    VPos.BASELINE);
            double y = map(c, b.map(), 66, H - 66 - 70) + 16;
            String window = b.map().windowDays() == org.cronomapa.timeline.TimeIndex.ALL_SO_FAR ? t.get("window.all")
                    : b.map().windowDays() == 1 ? t.get("window.day") : t.get("window.days", b.map().windowDays());
            String metric = t.get(b.map().metric() == org.cronomapa.timeline.Metric.EVENTS ? "metric.events"
                    : "metric.fatalities");
            y = paragraph(c, t.get("briefing.map.caption", metric, window), y, 10, INK);
            paragraph(c, t.get("briefing.map.source", b.data().name()), y, 9, GREY);
        }
    }

    /**
     * One page per story step: its map (its day, box, window and narrowing) as vector paths, then its
     * caption, its source (publisher and date) and the source's URL as a link.
     */
    private void storyPages() throws IOException {
        int n = b.story().size();
        for (int i = 0; i < n; i++) {
            StoryFrames.Page step = b.story().get(i);
            try (Page p = page()) {
                PdfTarget c = p.target();
                c.text(t.get("briefing.story.title", String.valueOf(i + 1), String.valueOf(n), t.date(step.step().date())), MARGIN, 52, 16, true, INK,
                        null, 0, TextAlignment.LEFT, VPos.BASELINE);
                double y = map(c, step.map(), 66, H - 66 - 130) + 18;
                y = paragraph(c, step.caption().text(), y, 12, INK);
                y = paragraph(c, step.caption().source(), y + 2, 9.5, GREY);
                String url = step.source() == null || step.source().url() == null ? "" : step.source().url().strip();
                if (!url.isEmpty()) {
                    for (String line : wrap(c, url, W - 2 * MARGIN, 9.5, false)) {
                        double w = c.text(line, MARGIN, y, 9.5, false, LINK, null, 0, TextAlignment.LEFT, VPos.BASELINE);
                        link(p.page(), url, MARGIN, y - 9.5, w, 9.5 * 1.25);
                        y += 9.5 * 1.35;
                    }
                } else if (step.source() == null) {
                    paragraph(c, t.get("briefing.story.none"), y, 9.5, GREY);
                }
            }
        }
    }

    /** Draws a map frame as vector paths, centred, from {@code top}, as wide as the page allows and {@code maxH} high at most; returns its bottom. */
    private static double map(PdfTarget c, RenderFrame frame, double top, double maxH) throws IOException {
        double scale = Math.min((W - 2 * MARGIN) / frame.viewport().width(), maxH / frame.viewport().height());
        double left = (W - frame.viewport().width() * scale) / 2;
        PdfTarget map = c.inner(left, top, scale);
        map.clip(0, 0, frame.viewport().width(), frame.viewport().height());
        new MapRenderer().renderVector(frame, map);
        map.finish();
        return top + frame.viewport().height() * scale;
    }

    /** Columns: region, one per type, deaths, injured; one row per region and the national figures, then the total. */
    private void tablePage() throws IOException {
        List<String> names = new ArrayList<>();
        List<RegionTotals> rows = new ArrayList<>();
        for (int r = 0; r < regions.size(); r++) {
            names.add(regions.get(r).name(t.spanish()));
            rows.add(RegionTotals.of(b.data(), b.shown(), b.day(), r));
        }
        names.add(t.get("region.national"));
        rows.add(RegionTotals.of(b.data(), b.shown(), b.day(), RegionMap.NATIONAL_INDEX));
        try (Page p = page()) {
            PdfTarget c = p.target();
            c.text(t.get("briefing.table.title", date(b.day())), MARGIN, 52, 16, true, INK, null, 0,
                    TextAlignment.LEFT, VPos.BASELINE);
            int types = EventType.count();
            double regionW = 105;
            double numW = (W - 2 * MARGIN - regionW) / (types + 2);
            double size = 6.5;
            double y = 70;
            // Header: type names wrapped into their column.
            List<List<String>> header = new ArrayList<>();
            for (EventType type : EventType.values()) {
                header.add(wrap(c, t.type(type), numW - 4, size, true));
            }
            header.add(List.of(t.get("briefing.table.deaths")));
            header.add(List.of(t.get("briefing.table.injured")));
            int headerLines = header.stream().mapToInt(List::size).max().orElse(1);
            c.text(t.get("briefing.table.region"), MARGIN, y + size, size, true, INK, null, 0, TextAlignment.LEFT,
                    VPos.BASELINE);
            for (int col = 0; col < header.size(); col++) {
                double x = MARGIN + regionW + (col + 1) * numW - 2;
                for (int l = 0; l < header.get(col).size(); l++) {
                    c.text(header.get(col).get(l), x, y + size + l * size * 1.2, size, true, INK, null, 0,
                            TextAlignment.RIGHT, VPos.BASELINE);
                }
            }
            y += headerLines * size * 1.2 + 6;
            c.fillRect(MARGIN, y - 3, W - 2 * MARGIN, 0.8, INK);
            double rowH = 14.5;
            long[] total = new long[types + 2];
            for (int i = 0; i <= rows.size(); i++) {
                boolean last = i == rows.size();
                long[] v = new long[types + 2];
                if (!last) {
                    RegionTotals r = rows.get(i);
                    for (EventType type : EventType.values()) {
                        v[type.ordinal()] = r.events(type);
                    }
                    v[types] = r.deaths();
                    v[types + 1] = r.injured();
                    for (int k = 0; k < v.length; k++) {
                        total[k] += v[k];
                    }
                } else {
                    v = total;
                    c.fillRect(MARGIN, y - 3, W - 2 * MARGIN, 0.8, INK);
                }
                if (i % 2 == 1 && !last) {
                    c.fillRect(MARGIN, y - 2, W - 2 * MARGIN, rowH, BAND);
                }
                double base = y + rowH - 5;
                c.text(last ? t.get("briefing.table.total") : names.get(i), MARGIN + 2, base, 8.5, last, INK, null, 0,
                        TextAlignment.LEFT, VPos.BASELINE);
                for (int k = 0; k < v.length; k++) {
                    c.text(Long.toString(v[k]), MARGIN + regionW + (k + 1) * numW - 2, base, 8.5, last, INK, null, 0,
                            TextAlignment.RIGHT, VPos.BASELINE);
                }
                y += rowH;
            }
        }
    }

    private void chartPage() throws IOException {
        try (Page p = page()) {
            PdfTarget c = p.target();
            c.text(t.get("briefing.charts.title", date(b.day())), MARGIN, 52, 16, true, INK, null, 0,
                    TextAlignment.LEFT, VPos.BASELINE);
            double cw = 1200;
            double ch = 700;
            double top = 66;
            double scale = Math.min((W - 2 * MARGIN) / cw, (H - top - 40) / ch);
            PdfTarget chart = c.inner((W - cw * scale) / 2, top, scale);
            new DailyChart(b.national().days(), cw, ch).paint(chart, b.national(), b.chartWords(), b.day());
            chart.finish();
        }
    }

    /**
     * Every distinct source (by URL, or by its whole citation when it has none) of the events counted,
     * sorted by publisher, date and title.
     */
    List<Source> sources() {
        Map<String, Source> distinct = new LinkedHashMap<>();
        for (int row : b.shown().rows()) {
            if (b.shown().events().day(row) > b.day()) {
                continue;
            }
            Event e = b.data().event(row);
            if (e.sources() == null) {
                continue;
            }
            for (Source s : e.sources()) {
                String key = s.url() != null && !s.url().isBlank() ? s.url().strip()
                        : s.publisher() + "|" + s.title() + "|" + s.date();
                distinct.putIfAbsent(key, s);
            }
        }
        List<Source> out = new ArrayList<>(distinct.values());
        out.sort(Comparator.comparing((Source s) -> Objects.toString(s.publisher(), ""), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(s -> Objects.toString(s.date(), "")).thenComparing(s -> Objects.toString(s.title(), "")));
        return out;
    }

    private void sourcePages(List<Source> sources) throws IOException {
        Page p = page();
        double bottom = H - 40;
        double y = 52;
        p.target().text(t.get("briefing.sources.title", sources.size()), MARGIN, y, 16, true, INK, null, 0,
                TextAlignment.LEFT, VPos.BASELINE);
        y += 22;
        if (sources.isEmpty()) {
            paragraph(p.target(), t.get("briefing.sources.none"), y, 10, INK);
        }
        double size = 8.5;
        double line = size * 1.3;
        double indent = 26;
        double width = W - 2 * MARGIN - indent;
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            List<String> cite = wrap(p.target(), citation(s), width, size, false);
            String url = s.url() == null ? "" : s.url().strip();
            List<String> urlLines = url.isEmpty() ? List.of() : wrap(p.target(), url, width, size, false);
            double need = (cite.size() + urlLines.size()) * line + 4;
            if (y + need > bottom) {
                p.close();
                p = page();
                y = 52;
            }
            PdfTarget c = p.target();
            c.text((i + 1) + ".", MARGIN + indent - 6, y, size, false, GREY, null, 0, TextAlignment.RIGHT,
                    VPos.BASELINE);
            for (String l : cite) {
                c.text(l, MARGIN + indent, y, size, false, INK, null, 0, TextAlignment.LEFT, VPos.BASELINE);
                y += line;
            }
            for (String l : urlLines) {
                double w = c.text(l, MARGIN + indent, y, size, false, LINK, null, 0, TextAlignment.LEFT, VPos.BASELINE);
                link(p.page(), url, MARGIN + indent, y - size, w, size * 1.25);
                y += line;
            }
            y += 4;
        }
        p.close();
    }

    /** Publisher [credit] — title (date). */
    static String citation(Source s) {
        StringBuilder out = new StringBuilder(Objects.toString(s.publisher(), "").strip());
        if (s.credit() != null && !s.credit().isBlank()) {
            out.append(" [").append(s.credit().strip()).append(']');
        }
        if (s.title() != null && !s.title().isBlank()) {
            out.append(out.length() == 0 ? "" : " — ").append(s.title().strip());
        }
        if (s.date() != null && !s.date().isBlank()) {
            out.append(" (").append(s.date().strip()).append(')');
        }
        return out.toString();
    }

    /** A clickable area over the URL's text (top-left y downwards, as the target draws). */
    private static void link(PDPage page, String url, double x, double top, double w, double h) throws IOException {
        PDAnnotationLink link = new PDAnnotationLink();
        PDActionURI action = new PDActionURI();
        action.setURI(url);
        link.setAction(action);
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        link.setRectangle(new PDRectangle((float) x, (float) (H - top - h), (float) w, (float) h));
        page.getAnnotations().add(link);
    }

    /** Words to lines no wider than {@code width}; a word wider than a line (a long URL) is cut by characters. */
    static List<String> wrap(PdfTarget c, String text, double width, double size, boolean bold) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (c.textWidth(candidate, size, bold) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (c.textWidth(rest, size, bold) > width && rest.length() > 1) {
                int n = rest.length() - 1;
                while (n > 1 && c.textWidth(rest.substring(0, n), size, bold) > width) {
                    n--;
                }
                lines.add(rest.substring(0, n));
                rest = rest.substring(n);
            }
            line.append(rest);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
