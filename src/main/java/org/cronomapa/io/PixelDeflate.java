package org.cronomapa.io;

import java.util.Arrays;

/**
 * Deflate (RFC 1951) made for maps, several times faster than zlib's fastest level on a frame and
 * about as small. A map is mostly runs of one colour and rows that repeat the row above, so each
 * pixel is first matched against the pixel before it (a copy from 3 bytes back) and the pixel
 * above (a copy from one row back); only what neither matches (edges, text, markers: about 5 % of
 * a 1M-event frame) is written as literal bytes. Each block gets Huffman codes made for its own
 * symbols. The rows are PNG rows (filter byte None, then R, G, B); their Adler-32 is summed on the
 * way, closed-form over runs, without the bytes ever being made (docs/decisions/0029).
 *
 * <p>One instance per band being compressed; {@link #reset} before reuse. Bands are pieces of one
 * zlib stream (the pigz technique, {@link PngEncoder}): the first row of a band may copy from the
 * last row of the band before it, which a decoder has just written.
 */
final class PixelDeflate {
    /** Symbols a block holds before its codes are made and it is written (the row that passes this ends it). */
    private static final int BLOCK = 1 << 17;
    private static final int MOD = 65521;
    private static final int EOB = 256;
    private static final int[] LEN_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67,
            83, 99, 115, 131, 163, 195, 227, 258};
    private static final int[] LEN_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5,
            5, 5, 0};
    private static final int[] DIST_BASE = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513,
            769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
    private static final int[] DIST_EXTRA = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10,
            11, 11, 12, 12, 13, 13};
    /** The order in which a dynamic block gives its code-length code's lengths. */
    private static final int[] CL_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
    /** The distance code of a copy from 3 bytes back (the pixel before): 2, with no extra bits. */
    private static final int LEFT_CODE = 2;
    /** Length code (0..28) of each match length 3..258. */
    private static final byte[] LEN_CODE = new byte[259];

    static {
        for (int c = 0; c < LEN_BASE.length; c++) {
            int top = c + 1 < LEN_BASE.length ? LEN_BASE[c + 1] : 259;
            for (int l = LEN_BASE[c]; l < top && l <= 258; l++) {
                LEN_CODE[l] = (byte) c;
            }
        }
    }

    /** Literal bytes 0..255, or 256 + ((length − 3) << 1 | 1 when copied from the row above). */
    private int[] symbols = new int[0];
    private int count;
    private final int[] litFreq = new int[286];
    private final int[] distFreq = new int[30];
    private final byte[] litLen = new byte[286];
    private final byte[] distLen = new byte[30];
    private final int[] litCode = new int[286];
    private final int[] distCode = new int[30];
    private byte[] out = new byte[1 << 20];
    private int length;
    private long bits;
    private int bitCount;

    void reset() {
        length = 0;
        bits = 0;
        bitCount = 0;
    }

    byte[] bytes() {
        return out;
    }

    int length() {
        return length;
    }

    /** A whole byte, written before any bits (the zlib header). */
    void rawByte(int b) {
        ensure(1);
        out[length++] = (byte) b;
    }

    /**
     * Rows {@code from..to-1} of an opaque {@code width}-wide picture as deflate blocks, the last of
     * them final when {@code last}; otherwise ended by an empty stored block, so the bytes stop on a
     * byte boundary and the next band's blocks can follow. Returns the Adler-32 of the rows' bytes.
     */
    long rows(int[] argb, int width, int from, int to, boolean last) {
        int rowBytes = 1 + 3 * width;
        // A copy reaches back at most 32 KB: pictures wider than 10,922 pixels match within rows only.
        int upCode = rowBytes <= 32768 ? distanceCode(rowBytes) : -1;
        if (symbols.length < BLOCK + rowBytes) {
            symbols = new int[BLOCK + rowBytes];
        }
        startBlock();
        long a1 = 1;
        long a2 = 0;
        for (int y = from; y < to; y++) {
            int start = y * width;
            int end = start + width;
            boolean above = upCode >= 0 && y > 0;
            symbols[count++] = 0; // the row's filter byte: None
            litFreq[0]++;
            a2 += a1;
            int i = start;
            while (i < end) {
                int v = argb[i];
                if (i > start && v == argb[i - 1]) {
                    int j = i + 1;
                    while (j < end && argb[j] == v) {
                        j++;
                    }
                    long n = j - i;
                    int r = v >> 16 & 0xFF;
                    int g = v >> 8 & 0xFF;
                    int b = v & 0xFF;
                    // n pixels alike, in closed form: s2 gains 3·s1 + 3r + 2g + b per pixel while s1 gains r + g + b.
                    a2 += n * (3 * a1 + 3 * r + 2 * g + b) + 3L * (r + g + b) * (n * (n - 1) / 2);
                    a1 += n * (r + g + b);
                    copies(3 * (int) n, 0, LEFT_CODE);
                    i = j;
                } else if (above && v == argb[i - width]) {
                    int j = i;
                    do {
                        int p = argb[j];
                        int r = p >> 16 & 0xFF;
                        int g = p >> 8 & 0xFF;
                        int b = p & 0xFF;
                        a2 += 3 * a1 + 3 * r + 2 * g + b;
                        a1 += r + g + b;
                        j++;
                    } while (j < end && argb[j] == argb[j - width]);
                    copies(3 * (j - i), 1, upCode);
                    i = j;
                } else {
                    int r = v >> 16 & 0xFF;
                    int g = v >> 8 & 0xFF;
                    int b = v & 0xFF;
                    a2 += 3 * a1 + 3 * r + 2 * g + b;
                    a1 += r + g + b;
                    symbols[count] = r;
                    symbols[count + 1] = g;
                    symbols[count + 2] = b;
                    count += 3;
                    litFreq[r]++;
                    litFreq[g]++;
                    litFreq[b]++;
                    i++;
                }
            }
            a1 %= MOD;
            a2 %= MOD;
            if (count >= BLOCK && y + 1 < to) {
                writeBlock(false, rowBytes, upCode);
                startBlock();
            }
        }
        writeBlock(last, rowBytes, upCode);
        if (last) {
            alignToByte();
        } else {
            put(0, 3); // an empty stored block: the stream stops on a byte boundary (zlib's sync flush)
            alignToByte();
            ensure(4);
            out[length++] = 0;
            out[length++] = 0;
            out[length++] = (byte) 0xFF;
            out[length++] = (byte) 0xFF;
        }
        return a2 << 16 | a1;
    }

    /** {@code bytes} (a multiple of 3) copied from the same distance, as matches of at most 258. */
    private void copies(int bytes, int fromAbove, int distCodeIndex) {
        while (bytes > 0) {
            int l = Math.min(bytes, 258); // 258 is a multiple of 3: what remains is 0 or at least 3
            symbols[count++] = EOB + ((l - 3) << 1 | fromAbove);
            litFreq[257 + LEN_CODE[l]]++;
            distFreq[distCodeIndex]++;
            bytes -= l;
        }
    }

    private void startBlock() {
        count = 0;
        Arrays.fill(litFreq, 0);
        Arrays.fill(distFreq, 0);
    }

    private static int distanceCode(int distance) {
        int c = 0;
        while (c + 1 < DIST_BASE.length && DIST_BASE[c + 1] <= distance) {
            c++;
        }
        return c;
    }

    /** The block's symbols under codes made for them: its header, then each symbol, then end-of-block. */
    private void writeBlock(boolean last, int rowBytes, int upCode) {
        litFreq[EOB] = 1;
        HuffmanLengths.of(litFreq, 15, litLen);
        HuffmanLengths.of(distFreq, 15, distLen);
        int hlit = 286;
        while (hlit > 257 && litLen[hlit - 1] == 0) {
            hlit--;
        }
        int hdist = 30;
        while (hdist > 1 && distLen[hdist - 1] == 0) {
            hdist--;
        }
        put(last ? 1 : 0, 1);
        put(2, 2); // dynamic Huffman codes
        writeCodeLengths(hlit, hdist);
        HuffmanLengths.codes(litLen, litCode);
        HuffmanLengths.codes(distLen, distCode);
        int upExtra = upCode < 0 ? 0 : rowBytes - DIST_BASE[upCode]; // no copies from above when upCode < 0
        for (int k = 0; k < count; k++) {
            int s = symbols[k];
            if (s < EOB) {
                put(litCode[s], litLen[s]);
                continue;
            }
            int l = ((s - EOB) >> 1) + 3;
            int lc = LEN_CODE[l];
            int sym = 257 + lc;
            put(litCode[sym] | (long) (l - LEN_BASE[lc]) << litLen[sym], litLen[sym] + LEN_EXTRA[lc]);
            if ((s & 1) == 0) {
                put(distCode[LEFT_CODE], distLen[LEFT_CODE]);
            } else {
                put(distCode[upCode] | (long) upExtra << distLen[upCode], distLen[upCode] + DIST_EXTRA[upCode]);
            }
        }
        put(litCode[EOB], litLen[EOB]);
    }

    /** HLIT, HDIST, HCLEN, the code-length code, then both codes' lengths run-length coded (RFC 1951 3.2.7). */
    private void writeCodeLengths(int hlit, int hdist) {
        byte[] all = new byte[hlit + hdist];
        System.arraycopy(litLen, 0, all, 0, hlit);
        System.arraycopy(distLen, 0, all, hlit, hdist);
        int[] runs = new int[all.length]; // symbol | extra value << 8
        int n = 0;
        int[] clFreq = new int[19];
        for (int i = 0; i < all.length;) {
            int v = all[i];
            int j = i + 1;
            while (j < all.length && all[j] == v) {
                j++;
            }
            int run = j - i;
            if (v == 0) {
                while (run >= 11) {
                    int r = Math.min(run, 138);
                    runs[n++] = 18 | (r - 11) << 8;
                    run -= r;
                }
                if (run >= 3) {
                    runs[n++] = 17 | (run - 3) << 8;
                    run = 0;
                }
            } else {
                runs[n++] = v;
                run--;
                while (run >= 3) {
                    int r = Math.min(run, 6);
                    runs[n++] = 16 | (r - 3) << 8;
                    run -= r;
                }
            }
            while (run-- > 0) {
                runs[n++] = v;
            }
            i = j;
        }
        for (int k = 0; k < n; k++) {
            clFreq[runs[k] & 0xFF]++;
        }
        byte[] clLen = new byte[19];
        HuffmanLengths.of(clFreq, 7, clLen);
        int[] clCode = new int[19];
        HuffmanLengths.codes(clLen, clCode);
        int hclen = 19;
        while (hclen > 4 && clLen[CL_ORDER[hclen - 1]] == 0) {
            hclen--;
        }
        put(hlit - 257, 5);
        put(hdist - 1, 5);
        put(hclen - 4, 4);
        for (int k = 0; k < hclen; k++) {
            put(clLen[CL_ORDER[k]], 3);
        }
        for (int k = 0; k < n; k++) {
            int s = runs[k] & 0xFF;
            int extra = runs[k] >>> 8;
            put(clCode[s], clLen[s]);
            if (s == 16) {
                put(extra, 2);
            } else if (s == 17) {
                put(extra, 3);
            } else if (s == 18) {
                put(extra, 7);
            }
        }
    }

    /** Appends the low {@code n} bits of {@code value} (n ≤ 32), least significant first. */
    private void put(long value, int n) {
        bits |= value << bitCount;
        bitCount += n;
        if (bitCount >= 32) {
            ensure(4);
            out[length] = (byte) bits;
            out[length + 1] = (byte) (bits >>> 8);
            out[length + 2] = (byte) (bits >>> 16);
            out[length + 3] = (byte) (bits >>> 24);
            length += 4;
            bits >>>= 32;
            bitCount -= 32;
        }
    }

    private void alignToByte() {
        while (bitCount > 0) {
            ensure(1);
            out[length++] = (byte) bits;
            bits >>>= 8;
            bitCount -= 8;
        }
        bits = 0;
        bitCount = 0;
    }

    private void ensure(int more) {
        if (length + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
        }
    }
}
