package org.cronomapa.io;

import java.util.Arrays;

/**
 * Huffman code lengths for a deflate block, no longer than a limit, and the canonical codes they
 * give (RFC 1951 3.2.2). Every code made is complete, as zlib's decoder requires: a symbol set of
 * fewer than two gets a second symbol. Lengths over the limit are avoided by halving the counts and
 * building again, which keeps the tree a Huffman tree of the flattened counts.
 */
final class HuffmanLengths {
    private HuffmanLengths() {
    }

    /** Fills {@code lengths} (0 for an unused symbol) from the symbols' counts; {@code freq} may be changed. */
    static void of(int[] freq, int limit, byte[] lengths) {
        int used = 0;
        for (int f : freq) {
            used += f > 0 ? 1 : 0;
        }
        for (int s = 0; used < 2; s++) {
            if (freq[s] == 0) {
                freq[s] = 1;
                used++;
            }
        }
        long[] leaves = new long[used]; // count << 16 | symbol, sorted: the two-queue construction needs order
        while (true) {
            int m = 0;
            for (int s = 0; s < freq.length; s++) {
                if (freq[s] > 0) {
                    leaves[m++] = (long) freq[s] << 16 | s;
                }
            }
            Arrays.sort(leaves);
            if (build(leaves, limit, lengths)) {
                return;
            }
            for (int s = 0; s < freq.length; s++) {
                freq[s] = freq[s] == 0 ? 0 : (freq[s] + 1) >> 1;
            }
        }
    }

    /** The Huffman tree of sorted leaves, by two queues; false when a leaf lies deeper than {@code limit}. */
    private static boolean build(long[] leaves, int limit, byte[] lengths) {
        int m = leaves.length;
        long[] weight = new long[2 * m - 1];
        int[] parent = new int[2 * m - 1];
        for (int k = 0; k < m; k++) {
            weight[k] = leaves[k] >>> 16;
        }
        int leaf = 0;
        int inner = m; // inner nodes are made in order of weight, so they queue themselves
        for (int next = m; next < 2 * m - 1; next++) {
            int a = leaf < m && (inner >= next || weight[leaf] <= weight[inner]) ? leaf++ : inner++;
            int b = leaf < m && (inner >= next || weight[leaf] <= weight[inner]) ? leaf++ : inner++;
            weight[next] = weight[a] + weight[b];
            parent[a] = next;
            parent[b] = next;
        }
        int[] depth = new int[2 * m - 1];
        for (int k = 2 * m - 3; k >= 0; k--) {
            depth[k] = depth[parent[k]] + 1;
        }
        Arrays.fill(lengths, (byte) 0);
        for (int k = 0; k < m; k++) {
            if (depth[k] > limit) {
                return false;
            }
            lengths[(int) (leaves[k] & 0xFFFF)] = (byte) depth[k];
        }
        return true;
    }

    /** The canonical code of each symbol, bit-reversed so it can be written least significant bit first. */
    static void codes(byte[] lengths, int[] codes) {
        int[] perLength = new int[16];
        for (byte l : lengths) {
            perLength[l]++;
        }
        perLength[0] = 0;
        int[] next = new int[16];
        int code = 0;
        for (int l = 1; l < 16; l++) {
            code = (code + perLength[l - 1]) << 1;
            next[l] = code;
        }
        for (int s = 0; s < lengths.length; s++) {
            int l = lengths[s];
            codes[s] = l == 0 ? 0 : Integer.reverse(next[l]++) >>> (32 - l);
        }
    }
}
