package org.cronomapa.charts;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.cronomapa.model.EventType;
import org.cronomapa.render.MapCanvas;
import org.cronomapa.render.MapStyle;
import org.cronomapa.render.TextStyle;

/**
 * Draws a {@link DailySeries} onto any drawing target, so the window, a PNG and an SVG show the
 * same chart: events a day stacked by type (in the markers' colours), deaths so far as a line
 * with published totals as points, and, for the country, the regions with an event going on.
 * The current day is a vertical line across the panels. {@link #dayAt} maps a click back to a day.
 */
public final class DailyChart {
    private static final Color AXIS = Color.web("#555555");
    private static final Color GRID = Color.web("#e4e4e4");
    private static final Color DEATHS = Color.web("#b2182b");
    private static final Color PUBLISHED = Color.web("#2166ac");
    private static final Color REGIONS = Color.web("#5e3c99");
    private static final Color TODAY = Color.web("#d95f02");
    private final double left;
    private final double right;
    private final double width;
    private final double height;
    private final int days;

    /** A chart of {@code days} days filling {@code width} x {@code height} pixels. */
    public DailyChart(int days, double width, double height) {
        this.days = Math.max(1, days);
        this.width = width;
        this.height = height;
        this.left = Math.max(40, width * 0.07);
        this.right = width - 12;
    }

    /** The x of the middle of day index {@code d}. */
    public double x(int d) {
        return left + (d + 0.5) * (right - left) / days;
    }

    /** The day index under x, clamped to the range: what a click on the chart means. */
    public int dayAt(double x) {
        int d = (int) Math.floor((x - left) / (right - left) * days);
        return Math.max(0, Math.min(days - 1, d));
    }

    public void paint(MapCanvas c, DailySeries s, ChartLabels words, int currentDay) {
        c.beginLayer("chart");
        c.fillRect(0, 0, width, height, Color.WHITE);
        boolean national = s.region() == DailySeries.NATIONAL;
        boolean narrow = width < 600;
        double titleH = narrow ? 34 : 58;
        double gap = 26;
        int panels = national ? 3 : 2;
        double panelH = (height - titleH - 24 - gap * (panels - 1)) / panels;
        Font bold = Font.font("DejaVu Sans", FontWeight.BOLD, narrow ? 10.5 : 13);
        Font small = Font.font("DejaVu Sans", 10);
        c.text(words.title(), left, 6, new TextStyle(bold, AXIS, null, 0, TextAlignment.LEFT, VPos.TOP));
        if (!narrow) {
            typeLegend(c, words, small); // a narrow chart sits beside the map's own legend
        }
        double top = titleH;
        stackedBars(c, s, words.eventsPerDay(), top, panelH, small);
        top += panelH + gap;
        deathsLine(c, s, words, top, panelH, small);
        if (national) {
            top += panelH + gap;
            regionsLine(c, s, words.activeRegions(), top, panelH, small);
        }
        dateAxis(c, words, height - 20, small);
        int today = currentDay - s.firstDay();
        if (today >= 0 && today < days) {
            double xt = x(today);
            c.polyline(new double[] {xt, titleH, xt, height - 22}, TODAY, 1.5);
        }
        c.endLayer();
    }

    /** The types' colours in one row under the title, so a chart file explains itself. */
    private void typeLegend(MapCanvas c, ChartLabels words, Font small) {
        double x = left;
        TextStyle style = new TextStyle(small, AXIS, null, 0, TextAlignment.LEFT, VPos.CENTER);
        for (int t = 0; t < EventType.count() && t < words.typeNames().size(); t++) {
            c.fillRect(x, 24, 9, 9, MapStyle.colour(EventType.ofIndex(t)));
            c.text(words.typeNames().get(t), x + 12, 28.5, style);
            x += 14 + 6.2 * words.typeNames().get(t).length() + 10;
        }
    }

    private void frame(MapCanvas c, String title, double top, double h, long max, Font small) {
        c.text(title, left, top - 4, new TextStyle(small, AXIS, null, 0, TextAlignment.LEFT, VPos.BOTTOM));
        for (int k = 0; k <= 2; k++) {
            double y = top + h - h * k / 2.0;
            c.polyline(new double[] {left, y, right, y}, k == 0 ? AXIS : GRID, 1);
            c.text(Long.toString(Math.round(max * k / 2.0)), left - 4, y,
                    new TextStyle(small, AXIS, null, 0, TextAlignment.RIGHT, VPos.CENTER));
        }
    }

    private void stackedBars(MapCanvas c, DailySeries s, String title, double top, double h, Font small) {
        long max = 1;
        for (int d = 0; d < days; d++) {
            max = Math.max(max, s.eventsOn(d));
        }
        max = niceMax(max);
        frame(c, title, top, h, max, small);
        double bar = Math.max(1, (right - left) / days - 1);
        for (int d = 0; d < days; d++) {
            double y = top + h;
            for (int t = 0; t < EventType.count(); t++) {
                int n = s.eventsByType()[d][t];
                if (n > 0) {
                    double bh = h * n / max;
                    y -= bh;
                    c.fillRect(x(d) - bar / 2, y, bar, bh, MapStyle.colour(EventType.ofIndex(t)));
                }
            }
        }
    }

    private void deathsLine(MapCanvas c, DailySeries s, ChartLabels words, double top, double h, Font small) {
        long max = 1;
        for (long v : s.deathsSoFar()) {
            max = Math.max(max, v);
        }
        for (DailySeries.PublishedTotal p : s.published()) {
            max = Math.max(max, p.deaths());
        }
        max = niceMax(max);
        frame(c, words.deathsSoFar(), top, h, max, small);
        double[] xy = new double[days * 2];
        for (int d = 0; d < days; d++) {
            xy[2 * d] = x(d);
            xy[2 * d + 1] = top + h - h * s.deathsSoFar()[d] / max;
        }
        c.polyline(xy, DEATHS, 2);
        for (DailySeries.PublishedTotal p : s.published()) {
            int d = p.day() - s.firstDay();
            if (d >= 0 && d < days) {
                double py = top + h - h * p.deaths() / max;
                c.fillRoundRect(x(d) - 3, py - 3, 6, 6, 6, PUBLISHED);
            }
        }
        if (!s.published().isEmpty()) {
            c.fillRoundRect(right - 150, top + 4, 6, 6, 6, PUBLISHED);
            c.text(words.publishedBy(), right - 140, top + 7, new TextStyle(small, AXIS, null, 0, TextAlignment.LEFT, VPos.CENTER));
        }
    }

    private void regionsLine(MapCanvas c, DailySeries s, String title, double top, double h, Font small) {
        long max = 1;
        for (int v : s.activeRegions()) {
            max = Math.max(max, v);
        }
        max = niceMax(max);
        frame(c, title, top, h, max, small);
        double[] xy = new double[days * 2];
        for (int d = 0; d < days; d++) {
            xy[2 * d] = x(d);
            xy[2 * d + 1] = top + h - h * s.activeRegions()[d] / max;
        }
        c.polyline(xy, REGIONS, 2);
    }

    private void dateAxis(MapCanvas c, ChartLabels words, double y, Font small) {
        int step = Math.max(1, (int) Math.ceil(days / Math.max(1.0, (right - left) / 70)));
        for (int d = 0; d < days; d += step) {
            c.text(words.dates().get(d), x(d), y + 4, new TextStyle(small, AXIS, null, 0, TextAlignment.CENTER, VPos.TOP));
        }
    }

    /** A round axis maximum at or above {@code v}: 1, 2 or 5 times a power of ten. */
    static long niceMax(long v) {
        long p = 1;
        while (p * 10 <= v) {
            p *= 10;
        }
        for (long m : new long[] {1, 2, 5, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }
}
