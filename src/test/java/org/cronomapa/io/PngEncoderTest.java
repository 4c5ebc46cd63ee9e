package org.cronomapa.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

    /**
     * Pictures that exercise every kind of copy: long runs (several 258-byte matches), rows that
     * repeat the row above, noise, one-pixel-wide and pictures too wide for copies from the row above.
     */
    @Test
    void everyKindOfPictureDecodesToItsPixels() throws Exception {
        Random rnd = new Random(7);
        int[][] sizes = {{1, 1}, {1, 300}, {2, 2}, {300, 1}, {97, 131}, {1000, 70}, {11_000, 66}, {12_345, 64}};
        for (int[] wh : sizes) {
            int w = wh[0];
            int h = wh[1];
            for (int kind = 0; kind < 5; kind++) {
                int[] argb = new int[w * h];
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        int i = y * w + x;
                        argb[i] = 0xFF000000 | switch (kind) {
                            case 0 -> 0x336699; // one colour
                            case 1 -> rnd.nextInt(0x1000000); // noise
                            case 2 -> y > 0 && rnd.nextInt(50) > 0 ? argb[i - w] & 0xFFFFFF : rnd.nextInt(0x1000000); // rows like the one above
                            case 3 -> (x / 7 + y / 5) % 3 == 0 ? 0xFFFFFF : x % 300 * 0x010203; // stripes and ramps
                            default -> rnd.nextInt(20) == 0 ? rnd.nextInt(4) : x > 0 ? argb[i - 1] & 0xFFFFFF : 0;
                        };
                    }
                }
                for (int bands : new int[] {1, 3}) {
                    byte[] png = PngEncoder.encode(argb, w, h, bands);
                    assertDecodesTo(png, argb, w, h);
                    assertArrayEquals(rows(argb, w, h), inflated(png), w + "x" + h + " kind " + kind + " in " + bands + " bands");
                }
            }
        }
    }

    /** The PNG's rows as its zlib stream should hold them: filter byte 0, then R, G, B per pixel. */
    private static byte[] rows(int[] argb, int w, int h) {
        byte[] b = new byte[h * (1 + 3 * w)];
        int k = 0;
        for (int y = 0; y < h; y++) {
            b[k++] = 0;
            for (int x = 0; x < w; x++) {
                int p = argb[y * w + x];
                b[k++] = (byte) (p >> 16);
                b[k++] = (byte) (p >> 8);
                b[k++] = (byte) p;
            }
        }
        return b;
    }

    /** The IDAT chunks' zlib stream inflated by the JDK's zlib, which also checks its Adler-32. */
    private static byte[] inflated(byte[] png) throws Exception {
        java.io.ByteArrayOutputStream stream = new java.io.ByteArrayOutputStream();
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(png, 8, png.length - 8);
        while (b.hasRemaining()) {
            int length = b.getInt();
            byte[] type = new byte[4];
            b.get(type);
            if (new String(type, java.nio.charset.StandardCharsets.US_ASCII).equals("IDAT")) {
                stream.write(png, b.position(), length);
            }
            b.position(b.position() + length + 4);
        }
        java.util.zip.Inflater inflater = new java.util.zip.Inflater();
        inflater.setInput(stream.toByteArray());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] chunk = new byte[1 << 16];
        while (!inflater.finished()) {
            int n = inflater.inflate(chunk);
            if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                throw new AssertionError("the zlib stream ends early");
            }
            out.write(chunk, 0, n);
        }
        assertEquals(0, inflater.getRemaining(), "bytes after the zlib stream's end");
        return out.toByteArray();
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
