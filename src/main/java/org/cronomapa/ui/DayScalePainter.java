package org.cronomapa.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.cronomapa.filter.Filtered;
import org.cronomapa.labels.Texts;
import org.cronomapa.model.EventType;
import org.cronomapa.render.MapStyle;

/**
 * What the {@link DayScale} draws: month ticks with their names and Monday ticks with the day's
 * number in a strip at the top, and below them each day's events stacked by type. The per-day counts
 * are kept until the data or the filter change; the scale tells where each day's x is.
 */
final class DayScalePainter {
    private final DateTimeFormatter monthYear;
    private final DateTimeFormatter month;
    private Object counted;
    private int[][] perDay;
    private int busiest;

    DayScalePainter(Texts texts) {
        this.monthYear = DateTimeFormatter.ofPattern(texts.get("scale.monthYear"), texts.locale());
        this.month = DateTimeFormatter.ofPattern(texts.get("scale.month"), texts.locale());
    }

    /** Ticks in the top {@code strip} pixels, bars below, for days {@code first..last}, each at {@code xOf}. */
    void paint(GraphicsContext g, Filtered filtered, int first, int last, double strip, Font font, IntToDoubleFunction xOf) {
        double h = g.getCanvas().getHeight();
        count(filtered, first, last);
        drawTicks(g, first, last, strip, h, font, xOf);
        drawBars(g, first, last, strip, h, xOf);
    }

    private void count(Filtered filtered, int first, int last) {
        int days = last - first + 1;
        Object key = List.of(filtered, first, days);
        if (key.equals(counted)) {
            return;
        }
        // Per-day counts change only with the dataset or the filter; the playhead moves every day.
        perDay = new int[days][EventType.count()];
        busiest = 1;
        for (int d = 0; d < days; d++) {
            int sum = 0;
            for (int t = 0; t < EventType.count(); t++) {
                perDay[d][t] = filtered.onDay(first + d, t);
                sum += perDay[d][t];
            }
            busiest = Math.max(busiest, sum);
        }
        counted = key;
    }

    /** A tick under the slider: a month's first day (or the first day shown) with its name, or a Monday. */
    record Tick(int day, boolean month, String label) {
    }

    /** The ticks for the days shown: every month named ("Dec 2022", "Jan 2023", "Feb"), every Monday marked. */
    List<Tick> ticks(int first, int last) {
        List<Tick> out = new ArrayList<>();
        for (int d = first; d <= last; d++) {
            LocalDate date = LocalDate.ofEpochDay(d);
            if (date.getDayOfMonth() == 1 || d == first) {
                out.add(new Tick(d, true, (d == first || date.getMonthValue() == 1 ? monthYear : month).format(date)));
            } else if (date.getDayOfWeek() == DayOfWeek.MONDAY) {
                out.add(new Tick(d, false, String.valueOf(date.getDayOfMonth())));
            }
        }
        return out;
    }

    private void drawTicks(GraphicsContext g, int first, int last, double strip, double h, Font font, IntToDoubleFunction xOf) {
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        Color ink = Color.web("#333333");
        Font small = Font.font(font.getFamily(), font.getSize() * 0.8);
        double perDayPx = (xOf.applyAsDouble(last) - xOf.applyAsDouble(first)) / Math.max(1, last - first);
        double numberWidth = width("30", small) + 6;
        double labelEnd = Double.NEGATIVE_INFINITY;
        for (Tick tick : ticks(first, last)) {
            LocalDate date = LocalDate.ofEpochDay(tick.day());
            double x = Math.round(xOf.applyAsDouble(tick.day())) + 0.5;
            boolean monthStart = date.getDayOfMonth() == 1;
            int nextMonthDay = (int) date.withDayOfMonth(1).plusMonths(1).toEpochDay();
            double nextMonth = xOf.applyAsDouble(nextMonthDay);
            if (tick.month()) {
                g.setStroke(ink);
                g.setLineWidth(monthStart ? 1.5 : 1);
                g.strokeLine(x, 0, x, monthStart ? strip - 2 : 6);
                if (monthStart) {
                    g.setStroke(Color.rgb(0, 0, 0, 0.18));
                    g.setLineWidth(1);
                    g.strokeLine(x, strip, x, h);
                }
                String label = tick.label();
                double lx = x + 3;
                // The first day's label drops its year, then gives way to the first whole month's, when they would touch.
                if (!monthStart && nextMonthDay <= last && lx + width(label, font) + 6 > nextMonth) {
                    label = month.format(date);
                }
                double labelWidth = width(label, font);
                boolean fits = monthStart || lx + labelWidth + 6 <= nextMonth || nextMonthDay > last;
                if (fits && lx > labelEnd && lx + labelWidth <= g.getCanvas().getWidth()) {
                    g.setFont(font);
                    g.setFill(ink);
                    g.fillText(label, lx, 1);
                    labelEnd = lx + labelWidth + 4;
                }
            } else {
                g.setStroke(Color.web("#777777"));
                g.setLineWidth(1);
                g.strokeLine(x, strip - 7, x, strip - 2);
                if (perDayPx * 7 >= numberWidth + 4 && x + 2 > labelEnd && x + 2 + numberWidth < nextMonth) {
                    g.setFont(small);
                    g.setFill(Color.web("#666666"));
                    g.fillText(tick.label(), x + 2, 1 + font.getSize() * 0.2);
                    labelEnd = x + 2 + numberWidth;
                }
            }
        }
        g.setStroke(Color.web("#999999"));
        g.setLineWidth(1);
        g.strokeLine(xOf.applyAsDouble(first), strip - 1.5, xOf.applyAsDouble(last), strip - 1.5);
    }

    private void drawBars(GraphicsContext g, int first, int last, double strip, double h, IntToDoubleFunction xOf) {
        double bars = h - strip - 1;
        double barW = Math.max(1, (xOf.applyAsDouble(last) - xOf.applyAsDouble(first)) / Math.max(1, last - first) * 0.8);
        for (int d = first; d <= last; d++) {
            double x = xOf.applyAsDouble(d) - barW / 2;
            double y = h;
            for (int t = 0; t < EventType.count(); t++) {
                double bh = bars * perDay[d - first][t] / busiest;
                g.setFill(MapStyle.colour(EventType.ofIndex(t)));
                g.fillRect(x, y - bh, barW, bh);
                y -= bh;
            }
        }
    }

    private static double width(String s, Font f) {
        Text probe = new Text(s);
        probe.setFont(f);
        return probe.getLayoutBounds().getWidth();
    }
}
