package org.cronomapa.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.CRC32;

/**
 * A minimal PNG writer for opaque frames: 8-bit RGB, filter None, compressed by {@link PixelDeflate}
 * (runs and rows repeated from above as copies, the rest as literals under codes made per block).
 * The image is compressed in horizontal bands on the encoder's threads, each a run of deflate blocks
 * ended on a byte boundary, then joined into one zlib stream (the pigz technique), so one frame uses
 * both cores. Frames come out about as small as zlib's fastest level makes them, in a third of the
 * time (docs/decisions/0029-own-deflate-for-maps.md).
 */
public final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] IDAT = {'I', 'D', 'A', 'T'};
    private static final int BANDS = Integer.getInteger("cronomapa.png.bands",
            Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
    /**
     * The encoder's own threads, not the common pool: on two cores CompletableFuture gives every
     * task a fresh thread instead of the common pool, which hid a per-thread buffer bug there.
     * Daemons, so an export that fails never keeps the process alive.
     */
    private static final ExecutorService POOL = Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "png-band");
                t.setDaemon(true);
                return t;
            });

    private PngEncoder() {
    }

    public static void write(Path file, int[] argb, int width, int height) throws IOException {
        write(file, argb, width, height, BANDS);
    }

    /** As above in {@code bands} bands (1: all on the calling thread, for a caller that runs encoders of its own). */
    public static void write(Path file, int[] argb, int width, int height, int bands) throws IOException {
        AtomicFiles.write(file, out -> write(out, argb, width, height, bands));
    }

    /** Encodes ARGB pixels (alpha ignored: frames are opaque) as a PNG file's bytes. */
    public static byte[] encode(int[] argb, int width, int height) {
        return encode(argb, width, height, BANDS);
    }

    /** As {@link #encode(int[], int, int)} in a given number of bands (tests force more bands than cores). */
    static byte[] encode(int[] argb, int width, int height, int bandCount) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(width * height / 2);
        try {
            write(out, argb, width, height, bandCount);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(OutputStream out, int[] argb, int width, int height, int bandCount) throws IOException {
        int bands = height < 64 ? 1 : bandCount;
        List<CompletableFuture<Band>> parts = new ArrayList<>();
        for (int b = 0; b < bands; b++) {
            int from = height * b / bands;
            int to = height * (b + 1) / bands;
            boolean last = b == bands - 1;
            boolean first = b == 0;
            parts.add(last ? CompletableFuture.completedFuture(band(argb, width, from, to, first, true))
                    : CompletableFuture.supplyAsync(() -> band(argb, width, from, to, first, false), POOL));
        }
        long adler = 1;
        out.write(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8;
        header[9] = 2;
        chunk(out, "IHDR", header);
        byte[] word = new byte[4];
        // One IDAT chunk per band (their data concatenate into one zlib stream), each with the
        // CRC its own thread computed; the stream's checksum goes in a last 4-byte IDAT.
        try {
            for (int b = 0; b < bands; b++) {
                Band band = parts.get(b).join();
                putInt(word, 0, band.deflate.length());
                out.write(word);
                out.write(IDAT);
                out.write(band.deflate.bytes(), 0, band.deflate.length());
                putInt(word, 0, (int) band.crc);
                out.write(word);
                int rows = height * (b + 1) / bands - height * b / bands;
                adler = combine(adler, band.adler, (long) rows * (1 + width * 3L));
            }
        } finally {
            // Every band goes back to the pool, written or not (a failed write must not leak them).
            for (CompletableFuture<Band> part : parts) {
                part.thenAccept(FREE::offer);
            }
        }
        putInt(word, 0, (int) adler);
        chunk(out, "IDAT", word.clone());
        chunk(out, "IEND", new byte[0]);
    }

    /**
     * A band's compressed bytes. Bands are borrowed from a shared pool and given back only after
     * they are written, so frames allocate nothing large, yet no band's bytes can be overwritten
     * before they are written: a buffer kept per thread could be, when one pool thread compresses
     * two bands (of one frame, or of frames encoded at once) before the first is written.
     */
    private static final class Band {
        final PixelDeflate deflate = new PixelDeflate();
        long adler;
        long crc;
    }

    private static final ConcurrentLinkedQueue<Band> FREE = new ConcurrentLinkedQueue<>();

    /** Rows {@code from..to-1} as deflate blocks; every band but the last ends on a byte boundary. */
    private static Band band(int[] argb, int width, int from, int to, boolean first, boolean last) {
        Band polled = FREE.poll();
        Band band = polled == null ? new Band() : polled;
        PixelDeflate d = band.deflate;
        d.reset();
        if (first) {
            d.rawByte(0x78); // zlib header: deflate, 32K window, fastest
            d.rawByte(0x01);
        }
        band.adler = d.rows(argb, width, from, to, last);
        CRC32 crc = new CRC32();
        crc.update(IDAT);
        // In 64 KB slices: a call per slice gets CRC32 compiled (and its intrinsic used) early.
        for (int at = 0; at < d.length(); at += 1 << 16) {
            crc.update(d.bytes(), at, Math.min(1 << 16, d.length() - at));
        }
        band.crc = crc.getValue();
        return band;
    }

    /** zlib's adler32_combine: the checksum of A followed by B, from both checksums and B's length. */
    static long combine(long adlerA, long adlerB, long lengthB) {
        final long base = 65521;
        long rem = lengthB % base;
        long sum1 = adlerA & 0xffff;
        long sum2 = (rem * sum1) % base;
        sum1 += (adlerB & 0xffff) + base - 1;
        sum2 += ((adlerA >> 16) & 0xffff) + ((adlerB >> 16) & 0xffff) + base - rem;
        if (sum1 >= base) {
            sum1 -= base;
        }
        if (sum1 >= base) {
            sum1 -= base;
        }
        if (sum2 >= (base << 1)) {
            sum2 -= (base << 1);
        }
        if (sum2 >= base) {
            sum2 -= base;
        }
        return (sum2 << 16) | sum1;
    }

    private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
        byte[] len = new byte[4];
        putInt(len, 0, data.length);
        out.write(len);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        byte[] c = new byte[4];
        putInt(c, 0, (int) crc.getValue());
        out.write(c);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
