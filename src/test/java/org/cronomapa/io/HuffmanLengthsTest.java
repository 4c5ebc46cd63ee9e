package org.cronomapa.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Code lengths within their limit, every code complete (Kraft's sum exactly one) and prefix-free. */
class HuffmanLengthsTest {
    private static byte[] lengths(int[] freq, int limit) {
        byte[] lengths = new byte[freq.length];
        HuffmanLengths.of(freq.clone(), limit, lengths);
        return lengths;
    }

    private static void assertCompleteWithin(byte[] lengths, int limit) {
        double kraft = 0;
        for (byte l : lengths) {
            assertTrue(l <= limit, "length " + l + " over " + limit);
            kraft += l == 0 ? 0 : Math.pow(2, -l);
        }
        assertEquals(1.0, kraft, 1e-12);
        int[] codes = new int[lengths.length];
        HuffmanLengths.codes(lengths, codes);
        Set<String> words = new HashSet<>();
        for (int s = 0; s < lengths.length; s++) {
            if (lengths[s] > 0) {
                // The code as written, first bit first: no word may begin another.
                StringBuilder w = new StringBuilder();
                for (int b = 0; b < lengths[s]; b++) {
                    w.append((codes[s] >> b) & 1);
                }
                words.add(w.toString());
            }
        }
        for (String a : words) {
            for (String b : words) {
                assertTrue(a.equals(b) || !b.startsWith(a), a + " begins " + b);
            }
        }
    }

    @Test
    void skewedCountsStayWithinTheLimit() {
        int[] fibonacci = new int[30];
        fibonacci[0] = 1;
        fibonacci[1] = 1;
        for (int k = 2; k < fibonacci.length; k++) {
            fibonacci[k] = fibonacci[k - 1] + fibonacci[k - 2]; // a plain Huffman tree would be 29 deep
        }
        assertCompleteWithin(lengths(fibonacci, 15), 15);
        assertCompleteWithin(lengths(java.util.Arrays.copyOf(fibonacci, 19), 7), 7);
    }

    @Test
    void oneOrNoSymbolStillMakesACompleteCode() {
        assertCompleteWithin(lengths(new int[30], 15), 15);
        int[] one = new int[19];
        one[8] = 500;
        byte[] l = lengths(one, 7);
        assertCompleteWithin(l, 7);
        assertEquals(1, l[8]);
    }

    @Test
    void evenCountsGiveEvenLengths() {
        int[] even = new int[256];
        java.util.Arrays.fill(even, 10);
        byte[] l = lengths(even, 15);
        for (byte b : l) {
            assertEquals(8, b);
        }
        assertCompleteWithin(l, 15);
    }
}
