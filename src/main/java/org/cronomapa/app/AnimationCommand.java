package org.cronomapa.app;

import java.nio.file.Path;
import java.util.Locale;
import org.cronomapa.app.AnimationExport.Result;
import org.cronomapa.export.FramePlan;
import org.cronomapa.labels.StoryCaptions;
import org.cronomapa.model.Story;
import org.cronomapa.labels.Texts;

/**
 * {@code --export-gif FILE.gif} and {@code --export-video FILE.mp4}: the timeline played over the
 * range shown (the data's, or {@code --from}/{@code --to} within it) at {@code --speed} days a
 * second and {@code --fps} frames a second, each frame the map as {@code --snapshot} draws it (date,
 * legend, filter); with {@code --story FILE} the story replayed, its captions in the frames. The
 * loop is {@link AnimationExport}, shared with the window (docs/decisions/0019).
 */
final class AnimationCommand {
    private AnimationCommand() {
    }

    static int run(Options o) throws Exception {
        Result r = export(o);
        boolean gif = "--export-gif".equals(o.mode());
        Texts t = o.texts();
        System.out.println(t.get("cli.wroteAnimation", o.path(o.mode()).toString(),
                String.valueOf(gif ? r.pictures() : r.frames()), String.valueOf(r.pictures()), String.valueOf(r.days()),
                String.format(Locale.ROOT, "%.1f", r.seconds())));
        System.out.println(t.get("cli.animationTimes", String.format(Locale.ROOT, "%.1f", r.renderMs()),
                gif ? "GIF" : "MP4", String.format(Locale.ROOT, "%.1f", r.encodeMs())));
        return 0;
    }

    /** The export, timed from loading the data to the file moved into place. */
    static Result export(Options o) throws Exception {
        long t0 = System.nanoTime();
        boolean gif = "--export-gif".equals(o.mode());
        Path target = o.path(o.mode());
        int fps = o.intIn("--fps", o.has("--fps") ? o.value("--fps").strip() : "10", 1, gif ? 50 : FramePlan.MAX_FPS);
        double speed = o.speed();
        int[] size = o.size("1280x720");
        if (!gif && (size[0] % 2 != 0 || size[1] % 2 != 0)) {
            throw new Options.UsageException(t -> t.get("cli.oddVideoSize", size[0] + "x" + size[1]));
        }
        Story story = StoryOption.of(o, false);
        var toolkit = Fx.startHeadlessAsync();
        Session s = new Session(o.locale(), o.path("--data"), o.has("--skip-bad-rows"));
        s.filter(o);
        s.state.resize(size[0], size[1]);
        s.state.setWindowDays(o.window());
        StoryCaptions captions = story.steps().isEmpty() ? null : new StoryCaptions(s.texts, s.state.data().dataset(), story);
        toolkit.join();
        Result r = AnimationExport.write(s.state, s.texts, captions,
                new AnimationExport.Request(target, gif, size[0], size[1], fps, speed), (done, of) -> { }, () -> false);
        return new Result(r.frames(), r.pictures(), r.days(), (System.nanoTime() - t0) / 1e9, r.renderMs(), r.encodeMs());
    }
}
