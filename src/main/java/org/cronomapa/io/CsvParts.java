package org.cronomapa.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.concurrent.FutureTask;
import org.cronomapa.model.EventColumns;
import org.cronomapa.model.RegionMap;

/**
 * A CSV body parsed in parts at once, one a core. The body is cut into equal byte ranges; each
 * part but the first starts at the first line start in its range, a guess that is wrong only when
 * a quoted field with a newline straddles the cut. The parts are then checked in order: part k is
 * right when it starts where part k-1, itself right, ended; one that is not is parsed again from
 * there. A part that started before its line number was known and found problems is parsed again
 * too, so the report names the right lines. The rows, problems and their order are therefore those
 * of one pass over the file, whatever the number of parts (docs/decisions/0025-million-compact-columns.md).
 */
final class CsvParts {
    private final String name;
    private final CsvHeader h;
    private final RegionMap regions;
    private final FileChannel channel;
    private final long size;
    private final long[] cut;
    private final int expectedRows;

    CsvParts(String name, CsvHeader h, RegionMap regions, FileChannel channel, long size, int bodyStart, byte[] head,
            int headLength, int parts) {
        this.name = name;
        this.h = h;
        this.regions = regions;
        this.channel = channel;
        this.size = size;
        long body = size - bodyStart;
        int count = (int) Math.max(1, Math.min(parts, body));
        cut = new long[count + 1];
        for (int k = 0; k <= count; k++) {
            cut[k] = bodyStart + body * k / count;
        }
        // Rows in the first 64 KB estimate a part's rows, so its columns are sized once: fresh memory
        // is costly here (docs/BENCHMARKS.md), and over- or re-allocating doubles it.
        int newlines = 0;
        for (int k = bodyStart; k < headLength; k++) {
            newlines += head[k] == '\n' ? 1 : 0;
        }
        double rowBytes = newlines == 0 ? 64 : (double) (headLength - bodyStart) / newlines;
        expectedRows = (int) Math.min(Integer.MAX_VALUE - 16, body / count / rowBytes * 1.1 + 16);
    }

    /** Every part parsed and checked, in file order. */
    static Part[] read(CsvParts p) throws IOException {
        int n = p.cut.length - 1;
        Part[] parts = new Part[n];
        long[] guessed = new long[n];
        @SuppressWarnings("unchecked")
        FutureTask<Part>[] tasks = new FutureTask[n];
        for (int k = 1; k < n; k++) {
            guessed[k] = p.lineStartFrom(p.cut[k]);
            long from = guessed[k];
            int part = k;
            tasks[k] = new FutureTask<>(() -> p.newPart().parse(p.channel, from, p.cut[part + 1], p.size, 0));
            Thread t = new Thread(tasks[k], "csv-part-" + k);
            t.setDaemon(true);
            t.start();
        }
        parts[0] = p.newPart().parse(p.channel, p.cut[0], p.cut[1], p.size, 1);
        int lineBase = 1 + parts[0].lines;
        for (int k = 1; k < n; k++) {
            parts[k] = join(tasks[k]);
            long from = parts[k - 1].endAt;
            if (from != guessed[k] || !parts[k].log.isEmpty()) {
                parts[k] = p.newPart().parse(p.channel, from, Math.max(from, p.cut[k + 1]), p.size, lineBase);
            }
            lineBase += parts[k].lines;
        }
        return parts;
    }

    private static Part join(FutureTask<Part> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IOException(e.getCause());
        }
    }

    private Part newPart() {
        return new Part(name, h, regions, expectedRows);
    }

    /** The first position at or after {@code at} that follows a newline (or the file's end). */
    private long lineStartFrom(long at) throws IOException {
        byte[] buf = new byte[1 << 12];
        for (long pos = at - 1; pos < size; pos += buf.length) {
            int n = readAt(channel, pos, buf, 0, (int) Math.min(buf.length, size - pos));
            for (int k = 0; k < n; k++) {
                if (buf[k] == '\n') {
                    return pos + k + 1;
                }
            }
        }
        return size;
    }

    private static int readAt(FileChannel channel, long position, byte[] into, int offset, int length) throws IOException {
        return CsvEvents.readAt(channel, position, into, offset, length);
    }

    /** One range of rows parsed into its own columns and problems. */
    static final class Part {
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

        /** Where the next part starts: the first row start at or after this part's end. */
        long endAt;
        /** File lines this part read (rows, blank lines and newlines inside quotes). */
        int lines;
        private byte[] b = new byte[0];

        /**
         * The rows that start from byte {@code from} to before {@code stopAt} (the last may run on
         * past it); {@code lineNo} is the file line before the first.
         */
        Part parse(FileChannel channel, long from, long stopAt, long fileEnd, int lineNo) {
            int firstLine = lineNo;
            CsvLine line = new CsvLine();
            if (b.length == 0) {
                b = new byte[(int) Math.min(1 << 22, Math.max(1 << 16, stopAt - from + (1 << 16)))];
            }
            long bufferStart = from;
            int filled = 0;
            int pos = 0;
            boolean done = from >= fileEnd;
            try {
                while (!done) {
                    if (pos > 0) {
                        // Keep the unfinished row, refill behind it.
                        System.arraycopy(b, pos, b, 0, filled - pos);
                        bufferStart += pos;
                        filled -= pos;
                        pos = 0;
                    }
                    if (filled == b.length) {
                        b = Arrays.copyOf(b, b.length * 2);
                    }
                    long wanted = Math.max(stopAt - bufferStart - filled, 1 << 16);
                    long remaining = Math.min(wanted, fileEnd - bufferStart - filled);
                    int n = remaining <= 0 ? 0 : readAt(channel, bufferStart + filled, b, filled,
                            (int) Math.min(b.length - filled, remaining));
                    filled += n;
                    boolean atEnd = bufferStart + filled >= fileEnd;
                    while (pos < filled) {
                        if (bufferStart + pos >= stopAt) {
                            done = true;
                            break;
                        }
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
                    done |= atEnd && pos >= filled;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            endAt = Math.min(fileEnd, bufferStart + pos);
            lines = lineNo - firstLine;
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
                check.problem("row", "problem.row.unclosed");
                return false;
            }
            if (line.fields() < h.width) {
                check.problem("row", "problem.row.fields", String.valueOf(line.fields()), String.valueOf(h.width));
                return false;
            }
            if (line.fields() > h.width) {
                check.problem("row", "problem.row.fieldsShifted", String.valueOf(line.fields()), String.valueOf(h.width));
                return false;
            }
            if (line.badQuote() >= 0) {
                check.problem(h.name(line.badQuote()), "problem.row.afterQuote");
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
            // Indexed: an iterator a row is an allocation a row while only C1 has compiled this.
            for (int k = 0; k < h.sources.size(); k++) {
                CsvHeader.ColumnSet s = h.sources.get(k);
                // The unnumbered source_… columns keep the first format's rule: checked above, when given.
                if (!s.prefix().equals("source_") && s.filled(line)) {
                    check.url(s.names()[3], s.text(line, 3));
                }
            }
            for (int k = 0; k < h.figures.size(); k++) {
                CsvHeader.ColumnSet f = h.figures.get(k);
                count(line, f.at()[1], f.names()[1]);
            }
        }

        private int count(CsvLine line, int f, String field) {
            return f < 0 ? 0 : check.count(field, line.bytes(), line.start(f), line.end(f));
        }
    }

}
