package org.cronomapa.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.EventColumns;
import org.cronomapa.model.EventType;
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
        long size = InputFiles.checkedSize(file);
        String name = file.toString();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return parse(file, channel, size, regions, skipBadRows);
        } catch (IOException e) {
            throw new InputFileException(name, "file", "cannot read: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new InputFileException(name, "file", "cannot read: " + e.getCause().getMessage());
        }
    }

    /**
     * Reads through a reused buffer rather than loading the whole file: a fresh 60 MB array costs
     * more in page faults on this kind of machine than parsing it does.
     */
    private static Loaded parse(Path file, FileChannel channel, long size, RegionMap regions, boolean skipBadRows)
            throws InputFileException, IOException {
        String name = file.toString();
        byte[] head = new byte[(int) Math.min(size, 1 << 16)];
        int headLength = readAt(channel, 0, head, 0, head.length);
        CsvLine headerLine = new CsvLine();
        int bodyStart = headerLine.read(head, 0, headLength);
        if (!headerLine.complete() && headLength < size) {
            throw new InputFileException(name + ":1", "header", "the header line is longer than 64 KB");
        }
        CsvHeader h = CsvHeader.of(headerLine, name);
        // Two halves parsed on two threads; the split falls on a line end outside quotes.
        long[] split = split(channel, bodyStart, size);
        // Lines before the split estimate each half's rows, so the columns are sized once: fresh
        // memory is costly here (docs/BENCHMARKS.md), and over- or re-allocating doubles it.
        int expected = (int) Math.min(Integer.MAX_VALUE - 16, split[1] + 16);
        var second = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> new Part(name, h, regions, expected).parse(channel, split[0], size, (int) split[1]));
        Part first = new Part(name, h, regions, expected).parse(channel, bodyStart, split[0], 1);
        Part rest = second.join();
        ProblemLog log = first.log;
        log.addAll(rest.log);
        int rows = first.out.size() + rest.out.size();
        if (rows == 0 && log.isEmpty()) {
            log.add(name, "rows", "the file has a header but no events");
        }
        boolean duplicates = false;
        if (log.isEmpty() || skipBadRows && rows > 0) {
            long[] hashes = Arrays.copyOf(first.idHashes, rows);
            System.arraycopy(rest.idHashes, 0, hashes, first.out.size(), rest.out.size());
            long before = log.total();
            duplicateIds(file, h, hashes, log);
            duplicates = log.total() > before;
        }
        // Loading the valid rows is the user's choice; a repeated id among them still refuses the
        // file, since which of the two rows is right cannot be told (docs/decisions/0008).
        if (!log.isEmpty() && (!skipBadRows || rows == 0 || duplicates)) {
            throw log.refusal();
        }
        String title = file.getFileName() == null ? name : file.getFileName().toString();
        Dataset d = new Dataset(title, regions, EventColumns.of(first.out, rest.out), new CsvRowDetails(file, h));
        return new Loaded(d, log.report(), ProblemReport.of(List.of()));
    }

    private static int readAt(FileChannel channel, long position, byte[] into, int offset, int length) throws IOException {
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
     * Where the second half starts (a line start near the middle, outside any quoted field: an
     * even count of quotes before it) and the number of lines before it.
     */
    static long[] split(FileChannel channel, long bodyStart, long size) throws IOException {
        long mid = bodyStart + (size - bodyStart) / 2;
        byte[] buf = new byte[1 << 20];
        long quotes = 0;
        long lines = 1;
        for (long at = bodyStart; at < size; at += buf.length) {
            int n = readAt(channel, at, buf, 0, (int) Math.min(buf.length, size - at));
            for (int k = 0; k < n; k++) {
                byte c = buf[k];
                if (c == '"') {
                    quotes++;
                } else if (c == '\n') {
                    lines++;
                    if (at + k >= mid && (quotes & 1) == 0) {
                        return new long[] {at + k + 1, lines};
                    }
                }
            }
        }
        return new long[] {size, lines};
    }

    /** One range of rows parsed into its own columns and problems. */
    private static final class Part {
        final String name;
        final CsvHeader h;
        final RegionMap regions;
        final ProblemLog log = new ProblemLog();
        final RowChecker check;
        final EventColumns.Builder out = new EventColumns.Builder();
        long[] idHashes;

        Part(String name, CsvHeader h, RegionMap regions, int expectedRows) {
            this.idHashes = new long[Math.max(16, expectedRows)];
            this.out.ensureCapacity(expectedRows);
            this.name = name;
            this.h = h;
            this.regions = regions;
            this.check = new RowChecker(regions, log);
        }

        /** Rows from byte {@code from} to {@code to}; {@code lineNo} is the file line before the first. */
        Part parse(FileChannel channel, long from, long to, int lineNo) {
            CsvLine line = new CsvLine();
            byte[] b = new byte[1 << 22];
            long bufferStart = from;
            int filled = 0;
            int pos = 0;
            try {
                while (true) {
                    if (pos > 0) {
                        // Keep the unfinished row, refill behind it.
                        System.arraycopy(b, pos, b, 0, filled - pos);
                        bufferStart += pos;
                        filled -= pos;
                        pos = 0;
                    }
                    long remaining = to - bufferStart - filled;
                    if (filled == b.length) {
                        b = Arrays.copyOf(b, b.length * 2);
                    }
                    int n = remaining <= 0 ? 0 : readAt(channel, bufferStart + filled, b, filled,
                            (int) Math.min(b.length - filled, remaining));
                    filled += n;
                    boolean atEnd = bufferStart + filled >= to;
                    if (filled == 0) {
                        break;
                    }
                    while (pos < filled) {
                        int next = line.read(b, pos, filled);
                        if (!line.complete() && !atEnd) {
                            break;
                        }
                        int rowStart = pos;
                        pos = Math.min(next, filled);
                        lineNo++;
                        int rowLine = lineNo;
                        lineNo += line.innerNewlines();
                        row(line, rowLine, (int) (bufferStart + rowStart));
                    }
                    if (atEnd && pos >= filled) {
                        break;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        /** One data row: loaded, or counted as a row with problems; never dropped without a word. */
        private void row(CsvLine line, int rowLine, int rowStart) {
            if (line.isBlank()) {
                return;
            }
            check.at(name, rowLine);
            if (rowShape(line) && fields(line, rowStart)) {
                log.row(false);
            } else {
                log.row(true);
            }
        }

        /** False, with a problem, when the row's fields cannot be lined up with the header's. */
        private boolean rowShape(CsvLine line) {
            if (line.unclosedQuote()) {
                check.problem("row", "a quoted field is never closed (a missing \" runs to the end of the file)");
                return false;
            }
            if (line.fields() < h.width) {
                check.problem("row", "has " + line.fields() + " fields; the header has " + h.width);
                return false;
            }
            if (line.fields() > h.width) {
                check.problem("row", "has " + line.fields() + " fields; the header has " + h.width
                        + " (a comma inside a field that is not quoted shifts the columns)");
                return false;
            }
            if (line.badQuote() >= 0) {
                check.problem(h.name(line.badQuote()), "text after the closing quote of a quoted field");
                return false;
            }
            return true;
        }

        private boolean fields(CsvLine line, int rowStart) {
            long before = log.total();
            byte[] b = line.bytes();
            check.required("id", b, line.start(h.id), line.end(h.id));
            int day = check.date("date", b, line.start(h.date), line.end(h.date), true);
            int end = h.endDate < 0 ? RowChecker.ABSENT
                    : check.date("end_date", b, line.start(h.endDate), line.end(h.endDate), false);
            check.endAfterStart(day, end);
            int type = check.type(b, line.start(h.type), line.end(h.type));
            int region = check.region(b, line.start(h.region), line.end(h.region));
            double lat = check.coordinate("lat", b, line.start(h.lat), line.end(h.lat), -90, 90);
            double lon = check.coordinate("lon", b, line.start(h.lon), line.end(h.lon), -180, 180);
            int dead = count(line, h.fatalities, "fatalities");
            int hurt = count(line, h.injured, "injured");
            int howMany = count(line, h.count, "count");
            count(line, h.fatalitiesMax, "fatalities_max");
            count(line, h.injuredMax, "injured_max");
            if (h.sourceUrl >= 0 && line.end(h.sourceUrl) > line.start(h.sourceUrl)) {
                check.url("source_url", line.text(h.sourceUrl));
            }
            count(line, h.geoPrecision, "geo_precision");
            count(line, h.timePrecision, "time_precision");
            lists(line);
            if (log.total() > before) {
                return false;
            }
            check.placeInRegion(region, lon, lat);
            if (log.total() > before) {
                return false;
            }
            if (out.size() == idHashes.length) {
                idHashes = Arrays.copyOf(idHashes, idHashes.length * 2);
            }
            idHashes[out.size()] = line.hash(h.id);
            out.add(day, end == RowChecker.ABSENT ? day : end, region, type, (float) lon, (float) lat,
                    dead, hurt, howMany, rowStart);
            return true;
        }

        /**
         * Numbered sources and figures (source2_url, figure1_value…), by the GeoJSON reader's rules:
         * a source needs its web address, a figure's value is a count. Checked on opening, so the
         * details re-read later cannot fail.
         */
        private void lists(CsvLine line) {
            for (CsvHeader.ColumnSet s : h.sources) {
                // The unnumbered source_… columns keep the first format's rule: checked above, when given.
                if (!s.prefix().equals("source_") && s.filled(line)) {
                    check.url(s.names()[3], s.text(line, 3));
                }
            }
            for (CsvHeader.ColumnSet f : h.figures) {
                count(line, f.at()[1], f.names()[1]);
            }
        }

        private int count(CsvLine line, int f, String field) {
            return f < 0 ? 0 : check.count(field, line.bytes(), line.start(f), line.end(f));
        }
    }

    /** Hash collisions are rare, so the exact comparison runs only on rows whose id hash repeats. */
    private static void duplicateIds(Path file, CsvHeader h, long[] hashes, ProblemLog log)
            throws InputFileException {
        String name = file.toString();
        long[] sorted = hashes.clone();
        Arrays.sort(sorted);
        java.util.Set<Long> repeated = new java.util.HashSet<>();
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                repeated.add(sorted[i]);
            }
        }
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
                    log.add(name + ":" + rowLine, "id", "duplicate id '" + id + "' (first on line " + first + ")");
                }
            }
        }
    }
}
