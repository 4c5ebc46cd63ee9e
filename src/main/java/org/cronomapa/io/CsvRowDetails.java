package org.cronomapa.io;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cronomapa.model.Event;
import org.cronomapa.model.EventType;
import org.cronomapa.model.Figure;
import org.cronomapa.model.Source;

/**
 * Re-reads one row from the file when its details are needed; rows are keyed by byte offset.
 * The row passed the field rules when the file was opened, so it is parsed by the same rules.
 * Every column the GeoJSON reader knows is read back (numbered {@code sourceN_…} and
 * {@code figureN_…} columns included), so a CSV written from GeoJSON gives equal records.
 */
record CsvRowDetails(Path file, CsvHeader h) implements org.cronomapa.model.EventDetails {
    /** Most rows fit in the first read; a longer one is read again in twice the length. */
    private static final int FIRST_READ = 4096;

    @Override
    public Event event(int offset) {
        return events(new int[] {offset}).get(0);
    }

    /** The rows at these offsets, read in one opening of the file through one buffer. */
    @Override
    public List<Event> events(int[] offsets) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            List<Event> out = new ArrayList<>(offsets.length);
            byte[] buf = new byte[FIRST_READ];
            CsvLine line = new CsvLine();
            for (int offset : offsets) {
                buf = row(raf, offset, buf, line);
                out.add(toEvent(line));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot re-read " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalStateException(file + " changed since it was opened; open it again", e);
        }
    }

    /**
     * Reads the record at {@code offset} into {@code line}, however long its quoted fields are;
     * returns the buffer it used, grown if the record needed more.
     */
    private static byte[] row(RandomAccessFile raf, long offset, byte[] buf, CsvLine line) throws IOException {
        long left = raf.length() - offset;
        while (true) {
            int size = (int) Math.min(buf.length, left);
            raf.seek(offset);
            raf.readFully(buf, 0, size);
            line.read(buf, 0, size);
            if (line.complete() || size >= left) {
                return buf;
            }
            buf = new byte[(int) Math.min(2L * buf.length, left)];
        }
    }

    private Event toEvent(CsvLine line) {
        byte[] b = line.bytes();
        int type = RowChecker.typeIndex(b, line.start(h.type), line.end(h.type));
        int end = h.endDate < 0 ? RowChecker.INVALID : RowChecker.isoDay(b, line.start(h.endDate), line.end(h.endDate));
        int fatalities = number(line, h.fatalities);
        int injured = number(line, h.injured);
        String description = h.text(line, "description");
        return new Event(line.text(h.id), LocalDate.ofEpochDay(RowChecker.isoDay(b, line.start(h.date), line.end(h.date))),
                end == RowChecker.INVALID ? null : LocalDate.ofEpochDay(end), EventType.ofIndex(type),
                line.text(h.region).toUpperCase(Locale.ROOT), h.text(line, "place"),
                RowChecker.decimal(b, line.start(h.lat), line.end(h.lat)), RowChecker.decimal(b, line.start(h.lon), line.end(h.lon)),
                fatalities, Math.max(fatalities, number(line, h.fatalitiesMax)), injured, number(line, h.count),
                h.text(line, "death_kind"), orElse(h.text(line, "description_es"), description),
                orElse(h.text(line, "description_en"), description), sources(line), figures(line),
                new Event.Details(h.text(line, "road"), Math.max(injured, number(line, h.injuredMax)),
                        number(line, h.geoPrecision), number(line, h.timePrecision),
                        "unconfirmed".equals(h.text(line, "verification"))));
    }

    /** A source is there when its web address is: the opening checked that every numbered one has it. */
    private List<Source> sources(CsvLine line) {
        List<Source> out = new ArrayList<>();
        for (CsvHeader.ColumnSet s : h.sources) {
            String url = s.text(line, 3);
            if (url != null) {
                out.add(new Source(s.text(line, 0), s.text(line, 1), s.text(line, 2), url, s.text(line, 4)));
            }
        }
        return out;
    }

    private List<Figure> figures(CsvLine line) {
        List<Figure> out = new ArrayList<>();
        for (CsvHeader.ColumnSet f : h.figures) {
            if (f.filled(line)) {
                out.add(new Figure(f.text(line, 0), number(line, f.at()[1]), f.text(line, 2)));
            }
        }
        return out;
    }

    private static int number(CsvLine line, int f) {
        return f < 0 || line.end(f) == line.start(f) ? 0
                : Integer.parseInt(new String(line.bytes(), line.start(f), line.end(f) - line.start(f), StandardCharsets.US_ASCII));
    }

    private static String orElse(String a, String b) {
        return a != null ? a : b;
    }
}
