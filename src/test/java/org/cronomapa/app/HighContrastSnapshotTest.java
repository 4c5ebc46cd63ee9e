package org.cronomapa.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --high-contrast}: the snapshot is drawn in the projector look (render.MapLook), the same size and markers. */
class HighContrastSnapshotTest {
    @TempDir
    Path dir;

    private BufferedImage snapshot(String name, String... extra) throws Exception {
        Path png = dir.resolve(name);
        String[] args = {"--snapshot", png.toString(), "--date", "2023-01-09", "--size", "1280x800", "--lang", "en"};
        String[] all = java.util.Arrays.copyOf(args, args.length + extra.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        CliRun r = CliRun.of(all);
        assertEquals(0, r.code(), r.err());
        return ImageIO.read(png.toFile());
    }

    @Test
    void highContrastDrawsTheProjectorLook() throws Exception {
        BufferedImage plain = snapshot("plain.png");
        BufferedImage strong = snapshot("strong.png", "--high-contrast");
        // Open sea west of the coast in the fitted view: the standard and the projector sea.
        assertEquals(0xdfe9f2, plain.getRGB(100, 300) & 0xffffff);
        assertEquals(0xa9cdf2, strong.getRGB(100, 300) & 0xffffff);
        // Region borders: the projector look has many more near-black pixels (thick dark outlines).
        assertTrue(dark(strong) > 3 * dark(plain), dark(strong) + " dark pixels against " + dark(plain));
    }

    @Test
    void vectorFilesTakeTheLookToTheirMarkers() throws Exception {
        Path plain = dir.resolve("plain.svg");
        Path strong = dir.resolve("strong.svg");
        assertEquals(0, CliRun.of("--snapshot", plain.toString(), "--date", "2023-01-09").code());
        assertEquals(0, CliRun.of("--snapshot", strong.toString(), "--date", "2023-01-09", "--high-contrast").code());
        String march = "<path class=\"marker march";
        String p = java.nio.file.Files.readString(plain);
        String s = java.nio.file.Files.readString(strong);
        assertTrue(p.contains(march) && s.contains(march));
        assertTrue(p.substring(p.indexOf(march)).split("/>")[0].contains("stroke=\"#ffffff\""), "standard: white edge");
        assertTrue(s.substring(s.indexOf(march)).split("/>")[0].contains("stroke=\"#000000\""), "projector: dark edge");
        assertTrue(s.contains("#a9cdf2") && !p.contains("#a9cdf2"), "the projector sea");
    }

    private static int dark(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int p = image.getRGB(x, y);
                if (((p >> 16) & 255) < 40 && ((p >> 8) & 255) < 40 && (p & 255) < 40) {
                    n++;
                }
            }
        }
        return n;
    }
}
