package org.cronomapa.io;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.cronomapa.io.FuzzFile.Expect.EITHER;
import static org.cronomapa.io.FuzzFile.Expect.LOAD;
import static org.cronomapa.io.FuzzFile.Expect.REFUSE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPOutputStream;
import org.cronomapa.io.FuzzFile.Expect;
import org.cronomapa.io.FuzzFile.Mutant;

/**
 * Mutations of a file's bytes that apply to every format: encodings, line ends, padding,
 * truncation, NUL bytes, binary content and random damage. JSON ignores whitespace, so its
 * whitespace mutations must load; CSV gives line ends meaning, so only the documented ones must.
 */
final class FuzzBytes {
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** A named byte mutation, used alone here and after a format's own mutations in combinations. */
    record Op(String name, Expect csv, Expect json, UnaryOperator<byte[]> apply) {
        Expect expect(boolean isJson) {
            return isJson ? json : csv;
        }
    }

    private FuzzBytes() {
    }

    /** Every byte mutation of one seed (written with "\n" line ends), each seeded from {@code random}. */
    static List<Mutant> mutants(String seed, boolean json, Random random) {
        byte[] utf8 = seed.getBytes(UTF_8);
        List<Mutant> out = new ArrayList<>();
        for (Op op : ops(random)) {
            out.add(new Mutant(op.name(), op.expect(json), () -> op.apply().apply(utf8)));
        }
        return out;
    }

    static List<Op> ops(Random random) {
        List<Op> ops = new ArrayList<>();
        ops.add(new Op("bom", LOAD, LOAD, b -> concat(BOM, b)));
        ops.add(new Op("crlf", LOAD, LOAD, lineEnds("\r\n")));
        ops.add(new Op("bom-crlf", LOAD, LOAD, b -> concat(BOM, lineEnds("\r\n").apply(b))));
        ops.add(new Op("blank-lines", LOAD, LOAD, lineEnds("\n\n\n")));
        ops.add(new Op("blank-lines-crlf", LOAD, LOAD, lineEnds("\r\n\r\n")));
        // A lone CR ends no line in the CSV format, so a CSV may go either way; JSON reads it as space.
        ops.add(new Op("cr-only-line-ends", EITHER, LOAD, lineEnds("\r")));
        ops.add(new Op("mixed-line-ends", EITHER, LOAD, FuzzBytes::mixedLineEnds));
        ops.add(new Op("padding-spaces-tabs", EITHER, LOAD, b -> concat(utf8(" \t \n"), b, utf8("\n \t\n   "))));
        for (int percent : new int[] {1, 10, 50, 90}) {
            ops.add(new Op("truncated-" + percent + "pct", EITHER, REFUSE,
                    b -> Arrays.copyOf(b, Math.max(1, b.length * percent / 100))));
        }
        ops.add(new Op("truncated-last-byte", EITHER, REFUSE, b -> Arrays.copyOf(trimEnd(b), trimEnd(b).length - 1)));
        ops.add(new Op("truncated-inside-utf8-char", EITHER, REFUSE, FuzzBytes::cutInsideCharacter));
        ops.add(new Op("empty", REFUSE, REFUSE, b -> new byte[0]));
        ops.add(new Op("whitespace-only", REFUSE, REFUSE, b -> utf8(" \n\t\r\n  \n")));
        ops.add(new Op("bom-only", REFUSE, REFUSE, b -> BOM.clone()));
        ops.add(new Op("nul-at-start", EITHER, EITHER, b -> concat(new byte[1], b)));
        ops.add(new Op("nul-in-middle", EITHER, EITHER, b -> insert(b, b.length / 2, new byte[1])));
        ops.add(new Op("nul-at-end", EITHER, EITHER, b -> concat(b, new byte[1])));
        // The readers look for NUL in the first 8 KB only; this one sits after 10,000 spaces.
        ops.add(new Op("nul-after-8k", EITHER, EITHER,
                b -> insert(b, lastLineStart(b), concat(utf8(" ".repeat(10_000)), new byte[1]))));
        ops.add(new Op("latin1-not-utf8", EITHER, EITHER, b -> new String(b, UTF_8).getBytes(ISO_8859_1)));
        ops.add(new Op("invalid-utf8-sequences", EITHER, EITHER, b -> insert(b, firstNonAscii(b),
                new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xC0, (byte) 0xAF})));
        ops.add(new Op("utf16le-with-bom", EITHER, EITHER, b -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                new String(b, UTF_8).getBytes(UTF_16LE))));
        ops.add(new Op("utf16be-no-bom", EITHER, EITHER, b -> new String(b, UTF_8).getBytes(UTF_16BE)));
        long binarySeed = random.nextLong();
        ops.add(new Op("binary-random-64k", REFUSE, REFUSE, b -> randomBytes(new Random(binarySeed), 65_536, 0)));
        ops.add(new Op("binary-random-no-nul-16k", REFUSE, REFUSE, b -> randomBytes(new Random(binarySeed + 1), 16_384, 1)));
        ops.add(new Op("binary-png", REFUSE, REFUSE, b -> png()));
        ops.add(new Op("binary-gzip-of-the-file", REFUSE, REFUSE, FuzzBytes::gzip));
        for (int flips : new int[] {1, 3, 10, 30}) {
            long s = random.nextLong();
            ops.add(new Op("random-byte-flips-" + flips, EITHER, EITHER, b -> flip(b, flips, new Random(s))));
        }
        for (int k = 1; k <= 2; k++) {
            long s = random.nextLong();
            ops.add(new Op("random-slice-deleted-" + k, EITHER, EITHER, b -> deleteSlice(b, new Random(s))));
            ops.add(new Op("random-slice-repeated-" + k, EITHER, EITHER, b -> repeatSlice(b, new Random(s))));
        }
        return ops;
    }

    static byte[] utf8(String s) {
        return s.getBytes(UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        return concat(Arrays.copyOfRange(b, 0, at), what, Arrays.copyOfRange(b, at, b.length));
    }

    private static UnaryOperator<byte[]> lineEnds(String end) {
        return b -> utf8(new String(b, UTF_8).replace("\n", end));
    }

    private static byte[] mixedLineEnds(byte[] b) {
        String[] ends = {"\n", "\r\n", "\r"};
        StringBuilder sb = new StringBuilder();
        int k = 0;
        for (char c : new String(b, UTF_8).toCharArray()) {
            sb.append(c == '\n' ? ends[k++ % 3] : String.valueOf(c));
        }
        return utf8(sb.toString());
    }

    private static byte[] trimEnd(byte[] b) {
        int n = b.length;
        while (n > 1 && (b[n - 1] == '\n' || b[n - 1] == '\r' || b[n - 1] == ' ')) {
            n--;
        }
        return Arrays.copyOf(b, n);
    }

    private static int firstNonAscii(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] < 0) {
                return i;
            }
        }
        return b.length / 2;
    }

    /** Cut after the first byte of the first multi-byte character: the file ends mid-character. */
    private static byte[] cutInsideCharacter(byte[] b) {
        return Arrays.copyOf(b, Math.min(b.length, firstNonAscii(b) + 1));
    }

    private static int lastLineStart(byte[] b) {
        int end = trimEnd(b).length;
        for (int i = end - 1; i > 0; i--) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return end;
    }

    private static byte[] randomBytes(Random random, int n, int lowest) {
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = (byte) (lowest + random.nextInt(256 - lowest));
        }
        return out;
    }

    private static byte[] png() {
        return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89}, new byte[2048]);
    }

    private static byte[] gzip(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] flip(byte[] b, int flips, Random random) {
        byte[] out = b.clone();
        for (int i = 0; i < flips && out.length > 0; i++) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        return out;
    }

    private static byte[] deleteSlice(byte[] b, Random random) {
        int from = random.nextInt(Math.max(1, b.length));
        int to = Math.min(b.length, from + 1 + random.nextInt(64));
        return concat(Arrays.copyOfRange(b, 0, from), Arrays.copyOfRange(b, to, b.length));
    }

    private static byte[] repeatSlice(byte[] b, Random random) {
        int from = random.nextInt(Math.max(1, b.length));
        int to = Math.min(b.length, from + 1 + random.nextInt(64));
        return insert(b, to, Arrays.copyOfRange(b, from, to));
    }
}
