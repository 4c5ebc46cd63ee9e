package org.cronomapa.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cronomapa.charts.ChartLabels;
import org.cronomapa.charts.DailyChart;
import org.cronomapa.charts.DailySeries;
import org.cronomapa.filter.Filtered;
import org.cronomapa.io.AtomicFiles;
import org.cronomapa.io.PngEncoder;
import org.cronomapa.io.PublishedTotals;
import org.cronomapa.labels.ChartWords;
import org.cronomapa.render.MapCanvas;
import org.cronomapa.render.SvgTarget;

/**
 * {@code --chart national|REGION FILE.png|FILE.svg [filter]}: the chart the window shows, drawn by
 * the same code onto a raster or a vector target, through the same filter options as
 * {@code --summary}; the current day ({@code --date}) is marked.
 */
final class ChartCommand {
    private ChartCommand() {
    }

    static int run(Options o) throws Exception {
        String which = o.value("--chart");
        Path out = o.secondPath("--chart");
        int[] size = o.has("--size") ? o.size() : new int[] {1200, 700};
        var toolkit = Fx.startHeadlessAsync();
        Session s = new Session(o.locale(), o.path("--data"), o.has("--skip-bad-rows"));
        s.filter(o);
        s.goTo(o.date());
        DailySeries series = series(s, which, o.path("--data") == null);
        ChartLabels words = ChartWords.of(s.texts, series, s.regions);
        DailyChart chart = new DailyChart(series.days(), size[0], size[1]);
        int day = s.state.timeline().day();
        if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            SvgTarget target = new SvgTarget(size[0], size[1]);
            toolkit.join(); // fonts are measured by the toolkit
            Fx.call(() -> {
                chart.paint(target, series, words, day);
                return null;
            });
            String document = target.svg();
            AtomicFiles.writeText(out, w -> w.write(document));
        } else {
            toolkit.join();
            int[] pixels = Fx.call(() -> MapCanvas.pixels(size[0], size[1], c -> chart.paint(c, series, words, day)));
            PngEncoder.write(out, pixels, size[0], size[1]);
        }
        System.out.println(s.texts.get("cli.wroteChart", out.toString(), size[0] + "x" + size[1],
                String.valueOf(series.days())));
        return 0;
    }

    /** Through the state's filtered result: the country's series (with the Defensoría's totals when the bundled data is shown) or a region's. */
    static DailySeries series(Session s, String which, boolean bundled) {
        Filtered index = s.state.filter().filtered();
        if ("national".equalsIgnoreCase(which) || "PE".equalsIgnoreCase(which)) {
            List<DailySeries.PublishedTotal> published = !bundled ? List.of() : PublishedTotals.bundled().stream()
                    .map(t -> new DailySeries.PublishedTotal((int) t.date().toEpochDay(), t.deaths(), t.publisher()))
                    .toList();
            return DailySeries.national(index, published);
        }
        int region = s.regions.indexOf(which.toUpperCase(Locale.ROOT)).orElseThrow(() -> new Options.UsageException(
                t -> t.get("cli.chartWhich", which)));
        return DailySeries.region(index, region);
    }
}
