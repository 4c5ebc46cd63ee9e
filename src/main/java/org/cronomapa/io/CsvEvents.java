package org.cronomapa.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.EventColumns;
import org.cronomapa.model.ProblemReport;
import org.cronomapa.model.RegionMap;

/**
 * Reads the flat CSV format straight from bytes into {@link EventColumns}: no string or
 * record per row, so a million rows load in a fraction of a second. Only the columns the map
 * needs are kept; the rest of a row is re-read from the file when the user asks for it.
 * Minimum header: {@code id,date,type,region,lat,lon,fatalities}.
 */
public final class CsvEvents {
    static final List<String> REQUIRED = List.of("id", "date", "type", "region", "lat", "lon", "fatalities");

    private CsvEvents() {
    }

    public static Dataset read(Path file, RegionMap regions) throws InputFileException {
        return read(file, regions, false).dataset();
    }

    /** With {@code skipBadRows}, a file whose rows have problems loads its valid rows and reports the rest. */
    static Loaded read(Path file, RegionMap regions, boolean skipBadRows) throws InputFileException {
        return read(file, regions, skipBadRows, 0);
    }

    /**
     * As above in {@code parts} ranges parsed at once (0: one per core, for files over a megabyte);
     * the result does not depend on it, which tests check by forcing many parts on small files.
     */
    static Loaded read(Path file, RegionMap regions, boolean skipBadRows, int parts) throws InputFileException {
        long size = InputFiles.checkedSize(file);
        String name = file.toString();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return parse(file, channel, size, regions, skipBadRows, parts);
        } catch (IOException e) {
            throw InputFileException.of(name, "file", "problem.file.cannotRead", e.getMessage());
        } catch (UncheckedIOException e) {
            throw InputFileException.of(name, "file", "problem.file.cannotRead", e.getCause().getMessage());
        }
    }

    /** One part a core, each at least a megabyte: below that a thread costs more than it saves. */
    private static int partsFor(long bytes) {
        return (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), bytes >> 20));
    }

    /**
     * Reads through reused buffers rather than loading the whole file: a fresh 60 MB array costs
     * more in page faults on this kind of machine than parsing it does.
     */
    private static Loaded parse(Path file, FileChannel channel, long size, RegionMap regions, boolean skipBadRows,
            int askedParts) throws InputFileException, IOException {
        String name = file.toString();
        byte[] head = new byte[(int) Math.min(size, 1 << 16)];
        int headLength = readAt(channel, 0, head, 0, head.length);
        CsvLine headerLine = new CsvLine();
        int bodyStart = headerLine.read(head, 0, headLength);
        if (!headerLine.complete() && headLength < size) {
            throw InputFileException.of(name + ":1", "header", "problem.header.tooLong");
        }
        CsvHeader h = CsvHeader.of(headerLine, name);
        CsvParts.Part[] parts = CsvParts.read(new CsvParts(name, h, regions, channel, size, bodyStart, head, headLength,
                askedParts > 0 ? askedParts : partsFor(size - bodyStart)));
        ProblemLog log = new ProblemLog();
        int rows = 0;
        for (CsvParts.Part p : parts) {
            log.addAll(p.log);
            rows += p.out.size();
        }
        if (rows == 0 && log.isEmpty()) {
            log.add(name, "rows", "problem.rows.none");
        }
        boolean duplicates = false;
        java.util.concurrent.CompletableFuture<EventColumns> sorted = null;
        if (log.isEmpty() || skipBadRows && rows > 0) {
            // The rows are sorted by day on other threads while this one looks for repeated ids.
            EventColumns.Builder[] columns = new EventColumns.Builder[parts.length];
            for (int k = 0; k < parts.length; k++) {
                columns[k] = parts[k].out;
            }
            sorted = rows < EventColumns.PARALLEL_ROWS ? java.util.concurrent.CompletableFuture.completedFuture(EventColumns.of(columns))
                    : java.util.concurrent.CompletableFuture.supplyAsync(() -> EventColumns.of(columns));
            long before = log.total();
            duplicateIds(file, h, parts, log);
            duplicates = log.total() > before;
        }
        // Loading the valid rows is the user's choice; a repeated id among them still refuses the
        // file, since which of the two rows is right cannot be told (docs/decisions/0008).
        if (!log.isEmpty() && (!skipBadRows || rows == 0 || duplicates)) {
            throw log.refusal();
        }
        String title = file.getFileName() == null ? name : file.getFileName().toString();
        Dataset d = new Dataset(title, regions, joined(sorted), new CsvRowDetails(file, h));
        return new Loaded(d, log.report(), ProblemReport.of(List.of()));
    }

    /** The sorted columns, or what stopped them (out of memory, most likely) as it was thrown. */
    private static EventColumns joined(java.util.concurrent.CompletableFuture<EventColumns> sorted) {
        try {
            return sorted.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    static int readAt(FileChannel channel, long position, byte[] into, int offset, int length) throws IOException {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(into, offset, length);
        int total = 0;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position + total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }

    /**
     * Hash collisions are rare, so the exact comparison runs only on rows whose id hash repeats.
     * Each part sorted its own hashes on its thread; a merge of the sorted runs finds repeats.
     */
    private static void duplicateIds(Path file, CsvHeader h, CsvParts.Part[] parts, ProblemLog log)
            throws InputFileException {
        String name = file.toString();
        java.util.Set<Long> repeated = repeatedHashes(parts);
        if (repeated.isEmpty()) {
            return;
        }
        byte[] b = InputFiles.readChecked(file);
        Map<String, Integer> firstLine = new HashMap<>();
        CsvLine line = new CsvLine();
        int pos = line.read(b, 0, b.length);
        int lineNo = 1;
        while (pos < b.length) {
            lineNo++;
            pos = line.read(b, pos, b.length);
            int rowLine = lineNo;
            lineNo += line.innerNewlines();
            if (line.fields() >= h.width && repeated.contains(line.hash(h.id))) {
                String id = line.text(h.id);
                Integer first = firstLine.putIfAbsent(id, rowLine);
                if (first != null) {
                    log.add(name + ":" + rowLine, "id", "problem.id.duplicateLine", id, String.valueOf(first));
                }
            }
        }
    }

    /**
     * The id hashes found more than once. Two bitmaps over 24 bits of the hash mark those seen and
     * those seen again; only the few whose bit repeats (a few percent of a million) are sorted and
     * compared in full. Cheaper, in a cold JVM, than sorting every hash.
     */
    static java.util.Set<Long> repeatedHashes(CsvParts.Part[] parts) {
        long[] seen = new long[1 << 18];
        long[] again = new long[1 << 18];
        int candidates = 0;
        for (CsvParts.Part p : parts) {
            for (int k = 0; k < p.out.size(); k++) {
                int bit = (int) (p.idHashes[k] >>> 40);
                long mask = 1L << bit;
                if ((seen[bit >>> 6] & mask) != 0) {
                    candidates += (again[bit >>> 6] & mask) == 0 ? 2 : 1;
                    again[bit >>> 6] |= mask;
                }
                seen[bit >>> 6] |= mask;
            }
        }
        long[] maybe = new long[candidates];
        int n = 0;
        for (CsvParts.Part p : parts) {
            for (int k = 0; k < p.out.size(); k++) {
                int bit = (int) (p.idHashes[k] >>> 40);
                if ((again[bit >>> 6] & 1L << bit) != 0) {
                    maybe[n++] = p.idHashes[k];
                }
            }
        }
        Arrays.sort(maybe, 0, n);
        java.util.Set<Long> repeated = new java.util.HashSet<>();
        for (int i = 1; i < n; i++) {
            if (maybe[i] == maybe[i - 1]) {
                repeated.add(maybe[i]);
            }
        }
        return repeated;
    }
}
