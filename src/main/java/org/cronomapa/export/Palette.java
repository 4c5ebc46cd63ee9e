package org.cronomapa.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * At most 256 colours for one frame, by median cut over a 15-bit histogram (5 bits a channel),
 * and a table from each 15-bit colour to its palette entry. A map frame has few colours (flat
 * region fills, icons, antialiased edges), so a picture with 256 or fewer 15-bit colours keeps
 * every one of them. O(pixels + 32,768), a few milliseconds at 1280×720; no dithering, which
 * would speckle the flat fills and make the file larger.
 */
final class Palette {
    static final int BINS = 1 << 15;
    final byte[] red;
    final byte[] green;
    final byte[] blue;
    /** Palette index of each 15-bit colour (only those the frame uses are filled). */
    final byte[] lookup = new byte[BINS];
    final int size;

    private Palette(int[] histogram, int[] sumR, int[] sumG, int[] sumB, int max) {
        List<Box> boxes = new ArrayList<>();
        int used = 0;
        int[] colours = new int[BINS];
        for (int c = 0; c < BINS; c++) {
            if (histogram[c] > 0) {
                colours[used++] = c;
            }
        }
        boxes.add(new Box(colours, 0, used, histogram));
        // Split the box with the widest spread (weighted by its pixels) until there are enough.
        while (boxes.size() < max) {
            Box widest = boxes.stream().filter(b -> b.end - b.start > 1)
                    .max(Comparator.comparingDouble(b -> (double) b.range() * Math.sqrt(b.pixels))).orElse(null);
            if (widest == null) {
                break;
            }
            boxes.remove(widest);
            Box[] halves = widest.split(colours, histogram);
            boxes.add(halves[0]);
            boxes.add(halves[1]);
        }
        size = boxes.size();
        red = new byte[256];
        green = new byte[256];
        blue = new byte[256];
        for (int i = 0; i < size; i++) {
            Box b = boxes.get(i);
            long n = 0;
            long r = 0;
            long g = 0;
            long bl = 0;
            for (int k = b.start; k < b.end; k++) {
                int c = colours[k];
                n += histogram[c];
                r += sumR[c];
                g += sumG[c];
                bl += sumB[c];
                lookup[c] = (byte) i;
            }
            red[i] = (byte) (r / n);
            green[i] = (byte) (g / n);
            blue[i] = (byte) (bl / n);
        }
    }

    /** The palette of one ARGB frame (alpha ignored). */
    static Palette of(int[] argb) {
        int[] histogram = new int[BINS];
        int[] sumR = new int[BINS];
        int[] sumG = new int[BINS];
        int[] sumB = new int[BINS];
        for (int p : argb) {
            int r = (p >> 16) & 255;
            int g = (p >> 8) & 255;
            int b = p & 255;
            int c = key(p);
            histogram[c]++;
            sumR[c] += r;
            sumG[c] += g;
            sumB[c] += b;
        }
        return new Palette(histogram, sumR, sumG, sumB, 256);
    }

    static int key(int p) {
        return ((p >> 9) & 0x7C00) | ((p >> 6) & 0x03E0) | ((p >> 3) & 0x001F);
    }

    /** The frame as palette indices. */
    byte[] indices(int[] argb) {
        byte[] out = new byte[argb.length];
        for (int i = 0; i < argb.length; i++) {
            out[i] = lookup[key(argb[i])];
        }
        return out;
    }

    /** A run of colours (15-bit keys) in {@code colours[start, end)}. */
    private static final class Box {
        final int start;
        final int end;
        final long pixels;
        final int[] lo = new int[3];
        final int[] hi = new int[3];

        Box(int[] colours, int start, int end, int[] histogram) {
            this.start = start;
            this.end = end;
            long n = 0;
            lo[0] = lo[1] = lo[2] = 31;
            for (int k = start; k < end; k++) {
                int c = colours[k];
                n += histogram[c];
                for (int ch = 0; ch < 3; ch++) {
                    int x = channel(c, ch);
                    lo[ch] = Math.min(lo[ch], x);
                    hi[ch] = Math.max(hi[ch], x);
                }
            }
            pixels = n;
        }

        static int channel(int c, int ch) {
            return (c >> (10 - 5 * ch)) & 31;
        }

        int widestChannel() {
            int best = 0;
            for (int ch = 1; ch < 3; ch++) {
                if (hi[ch] - lo[ch] > hi[best] - lo[best]) {
                    best = ch;
                }
            }
            return best;
        }

        int range() {
            int ch = widestChannel();
            return hi[ch] - lo[ch];
        }

        /** Sorts the box's colours along its widest channel and cuts at the median pixel. */
        Box[] split(int[] colours, int[] histogram) {
            int ch = widestChannel();
            // Counting sort by the channel's 32 values (stable, O(n)).
            int[] count = new int[33];
            for (int k = start; k < end; k++) {
                count[channel(colours[k], ch) + 1]++;
            }
            for (int i = 1; i < 33; i++) {
                count[i] += count[i - 1];
            }
            int[] sorted = new int[end - start];
            for (int k = start; k < end; k++) {
                sorted[count[channel(colours[k], ch)]++] = colours[k];
            }
            System.arraycopy(sorted, 0, colours, start, sorted.length);
            long half = pixels / 2;
            long acc = 0;
            int cut = start + 1;
            for (int k = start; k < end - 1; k++) {
                acc += histogram[colours[k]];
                cut = k + 1;
                if (acc >= half) {
                    break;
                }
            }
            return new Box[] {new Box(colours, start, cut, histogram), new Box(colours, cut, end, histogram)};
        }
    }
}
