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
                throw new InputFileException(name, "file", "no such file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InputFileException(name, "file", "file is " + size / (1024 * 1024)
                        + " MB; the limit is " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            byte[] head = new byte[(int) Math.min(size, 8192)];
            try (var in = Files.newInputStream(file)) {
                int n = in.readNBytes(head, 0, head.length);
                checkText(name, java.util.Arrays.copyOf(head, n));
            }
            return size;
        } catch (IOException e) {
            throw new InputFileException(name, "file", "cannot read: " + e.getMessage());
        }
    }

    static byte[] readChecked(Path file) throws InputFileException {
        checkedSize(file);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputFileException(file.toString(), "file", "cannot read: " + e.getMessage());
        }
    }

    static void checkText(String name, byte[] bytes) throws InputFileException {
        if (bytes.length == 0 || new String(bytes, 0, Math.min(bytes.length, 4096),
                java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw new InputFileException(name, "file", "the file is empty");
        }
        int probe = Math.min(bytes.length, 8192);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                throw new InputFileException(name, "file", "this is a binary file, not text (byte 0 at offset " + i + ")");
            }
        }
    }
}
