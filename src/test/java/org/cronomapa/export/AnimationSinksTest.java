package org.cronomapa.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.jcodec.api.FrameGrab;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.Picture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

/** The GIF and MP4 sinks, fed made-up frames, read back with ImageIO and jcodec's decoder. */
class AnimationSinksTest {
    @TempDir
    Path dir;

    @Test
    void framePlanHoldsEachDayForFpsOverSpeedFrames() {
        FramePlan p = FramePlan.of(100, 130, 10, 1);
        assertEquals(310, p.frames());
        assertEquals(31, p.groups());
        for (int g = 0; g < 31; g++) {
            assertEquals(100 + g, p.days()[g]);
            assertEquals(10, p.repeats()[g]);
        }
        FramePlan half = FramePlan.of(0, 9, 10, 0.5);
        assertEquals(200, half.frames());
        assertEquals(10, half.groups());
        FramePlan one = FramePlan.of(5, 5, 25, 8);
        assertEquals(4, one.frames()); // ceil(25 / 8)
        assertArrayEquals(new int[] {5}, one.days());
    }

    @Test
    void aSpeedAboveTheFrameRateSkipsDaysButEndsOnTheLast() {
        FramePlan p = FramePlan.of(0, 30, 5, 8);
        assertEquals(20, p.frames()); // ceil(31 · 5 / 8)
        assertEquals(20, p.groups());
        assertEquals(0, p.days()[0]);
        assertEquals(30, p.days()[p.groups() - 1]);
        for (int g = 1; g < p.groups(); g++) {
            assertTrue(p.days()[g] > p.days()[g - 1]);
        }
    }

    @Test
    void gifHasOneImagePerPictureItsSizeDelaysAndLoop() throws Exception {
        int w = 203;
        int h = 151;
        Path file = dir.resolve("a.gif");
        List<int[]> pictures = List.of(flat(w, h, 0xFF2060A0), gradient(w, h), stripes(w, h));
        try (AnimatedGif gif = new AnimatedGif(file, w, h, 10)) {
            gif.frame(pictures.get(0), 10);
            gif.frame(pictures.get(1), 3);
            gif.frame(pictures.get(2), 1);
            gif.finish();
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(3, reader.getNumImages(true));
            List<Integer> delays = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                BufferedImage img = reader.read(i);
                assertEquals(w, img.getWidth());
                assertEquals(h, img.getHeight());
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                delays.add(Integer.parseInt(((IIOMetadataNode) find(root, "GraphicControlExtension")).getAttribute("delayTime")));
                if (i == 0) {
                    assertNotNull(find(root, "ApplicationExtension"), "the NETSCAPE2.0 loop");
                    assertEquals("NETSCAPE", ((IIOMetadataNode) find(root, "ApplicationExtension")).getAttribute("applicationID"));
                }
            }
            assertEquals(List.of(100, 30, 10), delays);
            // Fewer than 256 colours: kept exactly (the stripes use 12).
            BufferedImage striped = reader.read(2);
            for (int y = 0; y < h; y += 7) {
                for (int x = 0; x < w; x += 5) {
                    assertEquals(stripes(w, h)[y * w + x] & 0xFFFFFF, striped.getRGB(x, y) & 0xFFFFFF);
                }
            }
            // A smooth gradient (thousands of colours): each channel within a small error.
            BufferedImage smooth = reader.read(1);
            int[] g = pictures.get(1);
            for (int y = 0; y < h; y += 3) {
                for (int x = 0; x < w; x += 3) {
                    int a = g[y * w + x];
                    int b = smooth.getRGB(x, y);
                    for (int s = 0; s < 24; s += 8) {
                        assertTrue(Math.abs(((a >> s) & 255) - ((b >> s) & 255)) <= 24, "channel error at " + x + "," + y);
                    }
                }
            }
        }
    }

    @Test
    void mp4HasEveryFrameItsSizeAndDecodes() throws Exception {
        int w = 202; // not a multiple of 16: the encoder pads and crops
        int h = 150;
        Path file = dir.resolve("a.mp4");
        try (Mp4Video mp4 = new Mp4Video(file, w, h, 10)) {
            mp4.frame(flat(w, h, 0xFFFFFFFF), 2);
            mp4.frame(gradient(w, h), 60); // across the 50-frame segment boundary
            mp4.frame(flat(w, h, 0xFF000000), 1);
            mp4.finish();
        }
        List<Picture> frames = decode(file.toFile());
        assertEquals(63, frames.size());
        for (Picture p : frames) {
            assertEquals(w, p.getCroppedWidth());
            assertEquals(h, p.getCroppedHeight());
        }
        // Studio range: white is Y 235, black Y 16 (jcodec stores each value less 128).
        assertEquals(235, luma(frames.get(0), w / 2, h / 2), 3);
        assertEquals(16, luma(frames.get(62), w / 2, h / 2), 3);
    }

    private static List<Picture> decode(File file) throws Exception {
        List<Picture> out = new ArrayList<>();
        try (var ch = NIOUtils.readableChannel(file)) {
            FrameGrab grab = FrameGrab.createFrameGrab(ch);
            for (Picture p; (p = grab.getNativeFrame()) != null; ) {
                out.add(p.cloneCropped());
            }
        }
        return out;
    }

    private static int luma(Picture p, int x, int y) {
        return p.getPlaneData(0)[y * p.getPlaneWidth(0) + x] + 128;
    }

    private static Node find(Node n, String name) {
        if (n.getNodeName().equals(name)) {
            return n;
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            Node f = find(c, name);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    static int[] flat(int w, int h, int argb) {
        int[] p = new int[w * h];
        java.util.Arrays.fill(p, argb);
        return p;
    }

    static int[] gradient(int w, int h) {
        int[] p = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                p[y * w + x] = 0xFF000000 | (x * 255 / w) << 16 | (y * 255 / h) << 8 | ((x + y) * 255 / (w + h));
            }
        }
        return p;
    }

    static int[] stripes(int w, int h) {
        int[] colours = {0xFFFF0000, 0xFF00FF00, 0xFF0000FF, 0xFFFFFFFF, 0xFF000000, 0xFF808080, 0xFFC0A060,
            0xFF123456, 0xFFFEDCBA, 0xFF5A5A10, 0xFF10805A, 0xFFA01090};
        int[] p = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                p[y * w + x] = colours[(x / 9 + y / 13) % colours.length];
            }
        }
        return p;
    }
}
