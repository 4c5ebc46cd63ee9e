package org.cronomapa.app;

import java.nio.file.Path;
import org.cronomapa.briefing.Briefing;
import org.cronomapa.briefing.BriefingPdf;
import org.cronomapa.charts.DailySeries;
import org.cronomapa.io.AtomicFiles;
import org.cronomapa.labels.ChartWords;
import org.cronomapa.labels.FrameFactory;
import org.cronomapa.labels.StoryCaptions;
import org.cronomapa.labels.StoryFrames;
import org.cronomapa.model.Story;
import org.cronomapa.state.ViewerState;
import java.util.List;

/**
 * {@code --briefing FILE.pdf [--date D] [--window N] [--lang es|en] [--story FILE|none] [filter]}: a
 * briefing for a report (docs/decisions/0018) from the same filtered state the other modes read: the
 * map on the date (default the last day) as vectors, a page per story step (the bundled story by
 * default when the data is the bundled data), totals per region, the national charts and every source.
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
        Story story = StoryOption.of(o, data == null);
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
        byte[] pdf = Fx.call(() -> {
            var shown = s.state.filter().filtered();
            var map = frames.frame(s.state);
            // the state has given the briefing its view; the story's steps are applied to it next
            var pages = story.steps().isEmpty() ? List.<StoryFrames.Page>of()
                    : storyPages(s.state, new StoryCaptions(s.texts, s.state.data().dataset(), story), frames, day);
            return BriefingPdf.write(new Briefing(s.texts, s.state.data().dataset(), shown, day, map, national, words,
                    data == null ? null : String.valueOf(data.getFileName()), story.name(), pages));
        });
        AtomicFiles.write(out, w -> w.write(pdf));
        System.out.println(s.texts.get("cli.wroteBriefing", out.toString(), String.valueOf(pdf.length / 1024)));
        return 0;
    }

    /**
     * The story's step pages, the steps dated from the first day shown to {@code day}, applied to
     * {@code scratch} (sized for the map; its view and day are left at the last step's).
     */
    static List<StoryFrames.Page> storyPages(ViewerState scratch, StoryCaptions captions, FrameFactory frames, int day) {
        var shown = scratch.filter().filtered();
        return StoryFrames.of(scratch, shown.filter(), captions, frames, shown.firstDay(), day);
    }
}
