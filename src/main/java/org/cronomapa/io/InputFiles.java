package org.cronomapa.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks every reader makes before parsing: the file exists, is not empty, not binary, not too big. */
final class InputFiles {
    /** Files above this are refused before reading (a million CSV rows take about 61 MB). */
    static final long MAX_BYTES = 512L * 1024 * 1024;

    private InputFiles() {
    }

    /** Checks a file as {@link #readChecked} does, reading only its first 8 KB; returns its size. */
    static long checkedSize(Path file) throws InputFileException {
        String name = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw InputFileException.of(name, "file", "problem.file.none");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw InputFileException.of(name, "file", "problem.file.tooLarge", String.valueOf(size / (1024 * 1024)),
                        String.valueOf(MAX_BYTES / (1024 * 1024)));
            }
            byte[] head = new byte[(int) Math.min(size, 8192)];
            try (var in = Files.newInputStream(file)) {
                int n = in.readNBytes(head, 0, head.length);
                checkText(name, java.util.Arrays.copyOf(head, n));
            }
            return size;
        } catch (IOException e) {
            throw InputFileException.of(name, "file", "problem.file.cannotRead", e.getMessage());
        }
    }

    static byte[] readChecked(Path file) throws InputFileException {
        checkedSize(file);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw InputFileException.of(file.toString(), "file", "problem.file.cannotRead", e.getMessage());
        }
    }

    static void checkText(String name, byte[] bytes) throws InputFileException {
        if (bytes.length == 0 || new String(bytes, 0, Math.min(bytes.length, 4096),
                java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw InputFileException.of(name, "file", "problem.file.empty");
        }
        int probe = Math.min(bytes.length, 8192);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                throw InputFileException.of(name, "file", "problem.file.binary", String.valueOf(i));
            }
        }
        int bad = firstNonUtf8(bytes, probe);
        if (bad >= 0) {
            throw InputFileException.of(name, "file", "problem.file.notUtf8",
                    String.format(java.util.Locale.ROOT, "0x%02X", bytes[bad] & 0xff), String.valueOf(bad));
        }
    }

    /**
     * The offset of the first byte that cannot start or continue a UTF-8 sequence, or -1. A
     * sequence cut off by the end of the probe is not an error: the probe may end mid-character.
     */
    static int firstNonUtf8(byte[] b, int length) {
        int i = 0;
        while (i < length) {
            int c = b[i] & 0xff;
            int extra = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (extra < 0) {
                return i;
            }
            for (int k = 1; k <= extra; k++) {
                if (i + k >= length) {
                    return -1;
                }
                if ((b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += extra + 1;
        }
        return -1;
    }
}
