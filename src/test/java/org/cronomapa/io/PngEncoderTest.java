package org.cronomapa.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.Adler32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The banded encoder's output decodes, with ImageIO, to exactly the pixels given. */
class PngEncoderTest {
    private static int[] picture(int width, int height, long seed) {
        Random rnd = new Random(seed);
        int[] argb = new int[width * height];
        for (int i = 0; i < argb.length; i++) {
            // Flat areas and noise, like a map with markers.
            argb[i] = 0xFF000000 | (rnd.nextInt(10) == 0 ? rnd.nextInt(0xFFFFFF) : (i / width) * 0x010101 % 0xFFFFFF);
        }
        return argb;
    }

    private static void roundTrip(int width, int height, long seed) throws Exception {
        int[] argb = picture(width, height, seed);
        assertDecodesTo(PngEncoder.encode(argb, width, height), argb, width, height);
    }

    private static void assertDecodesTo(byte[] png, int[] argb, int width, int height) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                assertEquals(argb[y * width + x], image.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void decodesToTheSamePixels() throws Exception {
        roundTrip(333, 250, 1);
        roundTrip(17, 9, 2);
        roundTrip(1280, 800, 3);
    }

    /**
     * Many frames encoded at once, as an export does on a laptop with more cores: each band's
     * bytes must survive until they are written, whichever pool thread compressed them.
     */
    @Test
    void framesEncodedConcurrentlyAllDecodeToTheirPixels() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 96; i++) {
                int width = 200 + (i % 7) * 37;
                int height = 64 + (i % 5) * 41;
                long seed = 100 + i;
                int bands = 1 + i % 8; // more bands than this machine has cores: one thread compresses several
                done.add(pool.submit(() -> {
                    int[] argb = picture(width, height, seed);
                    assertDecodesTo(PngEncoder.encode(argb, width, height, bands), argb, width, height);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void adlerCombineMatchesOneChecksum() {
        byte[] a = "the first band of rows".getBytes();
        byte[] b = "and the second, longer band of rows".getBytes();
        Adler32 whole = new Adler32();
        whole.update(a);
        whole.update(b);
        Adler32 sa = new Adler32();
        sa.update(a);
        Adler32 sb = new Adler32();
        sb.update(b);
        assertEquals(whole.getValue(), PngEncoder.combine(sa.getValue(), sb.getValue(), b.length));
    }
}
