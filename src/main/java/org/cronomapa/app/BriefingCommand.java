package org.cronomapa.app;

import java.nio.file.Path;
import org.cronomapa.briefing.Briefing;
import org.cronomapa.briefing.BriefingPdf;
import org.cronomapa.charts.DailySeries;
import org.cronomapa.io.AtomicFiles;
import org.cronomapa.labels.ChartWords;
import org.cronomapa.labels.FrameFactory;

/**
 * {@code --briefing FILE.pdf [--date D] [--window N] [--lang es|en] [filter]}: a briefing for a
 * report (docs/decisions/0017) from the same filtered state the other modes read: the map on the
 * date (default the last day) as vectors, totals per region, the national charts and every source.
 */
final class BriefingCommand {
    /** The map's size in pixels, placed on an A4 landscape page (about 0.6 pt a pixel). */
    static final int MAP_WIDTH = 1280;
    static final int MAP_HEIGHT = 800;

    private BriefingCommand() {
    }

    static int run(Options o) throws Exception {
        Path out = o.path("--briefing");
        int window = o.window();
        var toolkit = Fx.startHeadlessAsync();
        Path data = o.path("--data");
        Session s = new Session(o.locale(), data, o.has("--skip-bad-rows"));
        s.filter(o);
        s.goTo(o.date());
        s.state.resize(MAP_WIDTH, MAP_HEIGHT);
        s.state.setWindowDays(window);
        DailySeries national = ChartCommand.series(s, "national", data == null);
        var words = ChartWords.of(s.texts, national, s.regions);
        int day = s.state.timeline().day();
        toolkit.join();
        FrameFactory frames = new FrameFactory(s.texts);
        byte[] pdf = Fx.call(() -> BriefingPdf.write(new Briefing(s.texts, s.state.data().dataset(),
                s.state.filter().filtered(), day, frames.frame(s.state), national, words,
                data == null ? null : String.valueOf(data.getFileName()))));
        AtomicFiles.write(out, w -> w.write(pdf));
        System.out.println(s.texts.get("cli.wroteBriefing", out.toString(), String.valueOf(pdf.length / 1024)));
        return 0;
    }
}
