package org.cronomapa.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jcodec.api.FrameGrab;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.Picture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --export-gif} and {@code --export-video} on the bundled data, read back. */
class AnimationCommandTest {
    @TempDir
    Path dir;

    @Test
    void gifHasOnePictureADayOverTheRange() throws Exception {
        Path gif = dir.resolve("wave.gif");
        CliRun r = CliRun.of("--export-gif", gif.toString(), "--from", "2023-01-05", "--to", "2023-01-09", "--fps", "4",
                "--speed", "2", "--size", "320x200", "--lang", "es", "--types", "roadblock,march");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("5 cuadros (5 imágenes, 5 días)"), r.out());
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(5, reader.getNumImages(true));
            BufferedImage last = reader.read(4);
            assertEquals(320, last.getWidth());
            assertEquals(200, last.getHeight());
        }
        assertNoPartFiles();
    }

    @Test
    void videoHasFpsOverSpeedFramesADay() throws Exception {
        Path mp4 = dir.resolve("wave.mp4");
        CliRun r = CliRun.of("--export-video", mp4.toString(), "--from", "2023-01-05", "--to", "2023-01-09", "--fps", "6",
                "--speed", "2", "--size", "320x240");
        assertEquals(0, r.code(), r.err());
        int frames = 0;
        try (var ch = NIOUtils.readableChannel(mp4.toFile())) {
            FrameGrab grab = FrameGrab.createFrameGrab(ch);
            for (Picture p; (p = grab.getNativeFrame()) != null; frames++) {
                assertEquals(320, p.getCroppedWidth());
                assertEquals(240, p.getCroppedHeight());
            }
        }
        assertEquals(15, frames); // 5 days × 6 fps / 2 days a second
        assertNoPartFiles();
    }

    @Test
    void badOptionsAreUsageErrorsAndWriteNothing() {
        Path mp4 = dir.resolve("odd.mp4");
        assertEquals(2, CliRun.of("--export-video", mp4.toString(), "--size", "321x240").code());
        assertEquals(2, CliRun.of("--export-video", mp4.toString(), "--fps", "0").code());
        assertEquals(2, CliRun.of("--export-gif", dir.resolve("a.gif").toString(), "--fps", "60").code());
        assertEquals(2, CliRun.of("--export-gif", dir.resolve("a.gif").toString(), "--speed", "9").code());
        assertFalse(Files.exists(mp4));
    }

    @Test
    void aMissingFolderIsOneLineAndNoFile() {
        CliRun r = CliRun.of("--export-gif", dir.resolve("no/such/a.gif").toString(), "--from", "2023-01-05", "--to", "2023-01-06",
                "--size", "320x200");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("error: cannot write") && r.err().contains("does not exist"), r.err());
    }

    private void assertNoPartFiles() throws Exception {
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")));
        }
    }
}
