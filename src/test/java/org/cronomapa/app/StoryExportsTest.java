package org.cronomapa.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.cronomapa.TestData;
import org.jcodec.api.FrameGrab;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.Picture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --story} with the animations: the story replayed, its caption in the frames from its date. */
class StoryExportsTest {
    static final int W = 640;
    static final int H = 400;
    @TempDir
    Path dir;

    /** One step on 9 January over Puno, citing the Juliaca event; its Spanish caption has accents. */
    static String juliacaStory() {
        return """
                {"format_version": 1, "name": "Prueba", "steps": [
                  {"date": "2023-01-09", "extent": [-71.5, -17.5, -68.8, -13.5], "window_days": 3,
                   "caption_es": "Juliaca: la jornada más letal, según la Defensoría; aquí acaba la prueba del relato.",
                   "caption_en": "Juliaca: the deadliest day, according to the Ombudsman; the test story ends here.",
                   "source_event_id": "k-20230109-juliaca"}]}
                """;
    }

    @Test
    void aGifWithAStoryShowsTheCaptionFromTheStepsDate() throws Exception {
        Path story = TestData.write(dir, "story.json", juliacaStory());
        Path gif = dir.resolve("story.gif");
        CliRun r = CliRun.of("--export-gif", gif.toString(), "--story", story.toString(), "--from", "2023-01-07", "--to",
                "2023-01-10", "--fps", "2", "--speed", "2", "--size", W + "x" + H, "--lang", "es");
        assertEquals(0, r.code(), r.err());
        List<BufferedImage> frames = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            int n = reader.getNumImages(true);
            for (int i = 0; i < n; i++) {
                frames.add(reader.read(i));
            }
        }
        assertEquals(4, frames.size(), "one picture a day, 7 to 10 January");
        assertEquals(W, frames.get(0).getWidth());
        assertEquals(H, frames.get(0).getHeight());
        // 7 and 8 January: before the step, no box; 9 and 10 January: the caption's box and its dark type.
        for (int i = 0; i < 4; i++) {
            int[] box = captionArea(frames.get(i)::getRGB);
            if (i < 2) {
                assertTrue(box[0] < box[2] / 2, "frame " + i + " has no caption box: " + box[0] + " light pixels");
            } else {
                assertTrue(box[0] > box[2] / 2 && box[1] > 60, "frame " + i + " shows the caption: " + box[0]
                        + " light and " + box[1] + " dark pixels of " + box[2]);
            }
        }
        assertEquals(frames.get(2).getRGB(W - 100, H - 40), frames.get(3).getRGB(W - 100, H - 40),
                "the caption stays until the next step");
    }

    @Test
    void anMp4WithAStoryDecodesAndChangesAtTheStep() throws Exception {
        Path story = TestData.write(dir, "story.json", juliacaStory());
        Path mp4 = dir.resolve("story.mp4");
        CliRun r = CliRun.of("--export-video", mp4.toString(), "--story", story.toString(), "--from", "2023-01-08", "--to",
                "2023-01-09", "--fps", "4", "--speed", "2", "--size", W + "x" + H, "--lang", "en");
        assertEquals(0, r.code(), r.err());
        List<Picture> frames = new ArrayList<>();
        try (var ch = NIOUtils.readableChannel(mp4.toFile())) {
            FrameGrab grab = FrameGrab.createFrameGrab(ch);
            for (Picture p; (p = grab.getNativeFrame()) != null; ) {
                frames.add(p.cloneCropped());
            }
        }
        assertEquals(4, frames.size(), "2 days × 4 fps / 2 days a second");
        assertEquals(W, frames.get(0).getCroppedWidth());
        assertEquals(H, frames.get(0).getCroppedHeight());
        int[] before = captionArea((x, y) -> grey(luma(frames.get(0), x, y)));
        int[] after = captionArea((x, y) -> grey(luma(frames.get(3), x, y)));
        assertTrue(before[0] < before[2] / 2 && after[0] > after[2] / 2 && after[1] > 60,
                "the caption box appears on 9 January: " + before[0] + " then " + after[0] + " light pixels");
    }

    @Test
    void aMalformedStoryIsOneLineAndNoFile() throws Exception {
        Path story = TestData.write(dir, "bad.json", juliacaStory().replace("2023-01-09", "9 January"));
        Path gif = dir.resolve("bad.gif");
        CliRun r = CliRun.of("--export-gif", gif.toString(), "--story", story.toString(), "--from", "2023-01-07", "--to",
                "2023-01-08", "--size", "320x200");
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("bad.json") && r.err().contains("steps[0]") && r.err().contains("[date]"), r.err());
        assertFalse(Files.exists(gif));
        CliRun missing = CliRun.of("--briefing", dir.resolve("b.pdf").toString(), "--story", dir.resolve("none.json").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().startsWith("error: cannot use the story file"), missing.err());
        assertFalse(Files.exists(dir.resolve("b.pdf")));
    }

    @Test
    void storyGoesOnlyWithTheAnimationsAndTheBriefing() {
        CliRun r = CliRun.of("--snapshot", dir.resolve("a.png").toString(), "--story", "none");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--story goes with"), r.err());
    }

    /**
     * Pixels in the caption box's place (bottom right, clear of its edges): {light (the white box),
     * dark (its type), all}.
     */
    static int[] captionArea(java.util.function.IntBinaryOperator rgb) {
        int light = 0;
        int dark = 0;
        int all = 0;
        // ui scale 0.75 at 640×400: the box ends 9 px from the right and 23 px from the bottom
        for (int y = H - 70; y < H - 30; y++) {
            for (int x = W - 200; x < W - 20; x++) {
                int p = rgb.applyAsInt(x, y);
                int l = (((p >> 16) & 255) * 3 + ((p >> 8) & 255) * 6 + (p & 255)) / 10;
                if (l > 235) {
                    light++;
                } else if (l < 90) {
                    dark++;
                }
                all++;
            }
        }
        return new int[] {light, dark, all};
    }

    private static int luma(Picture p, int x, int y) {
        // studio range to full range
        return Math.max(0, Math.min(255, (int) Math.round((p.getPlaneData(0)[y * p.getPlaneWidth(0) + x] + 128 - 16) * 255 / 219.0)));
    }

    private static int grey(int l) {
        return l << 16 | l << 8 | l;
    }
}
