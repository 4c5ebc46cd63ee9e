package org.cronomapa.io;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cronomapa.model.Event;
import org.cronomapa.model.EventType;
import org.cronomapa.model.Source;

/**
 * Re-reads one row from the file when its details are needed; rows are keyed by byte offset.
 * The row passed the field rules when the file was opened, so it is parsed by the same rules.
 */
record CsvRowDetails(Path file, CsvHeader h) implements org.cronomapa.model.EventDetails {
    @Override
    public Event event(int offset) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            raf.seek(offset);
            byte[] buf = new byte[(int) Math.max(0, Math.min(1 << 16, raf.length() - offset))];
            raf.readFully(buf);
            CsvLine line = new CsvLine();
            line.read(buf, 0, buf.length);
            return toEvent(line);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot re-read " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalStateException(file + " changed since it was opened; open it again", e);
        }
    }

    private Event toEvent(CsvLine line) {
        byte[] b = line.bytes();
        int type = RowChecker.typeIndex(b, line.start(h.type), line.end(h.type));
        int end = h.endDate < 0 ? RowChecker.INVALID : RowChecker.isoDay(b, line.start(h.endDate), line.end(h.endDate));
        String url = h.text(line, "source_url");
        List<Source> sources = url == null ? List.of() : List.of(new Source(h.text(line, "source_publisher"),
                h.text(line, "source_title"), h.text(line, "source_date"), url));
        String description = h.text(line, "description");
        return new Event(line.text(h.id), LocalDate.ofEpochDay(RowChecker.isoDay(b, line.start(h.date), line.end(h.date))),
                end == RowChecker.INVALID ? null : LocalDate.ofEpochDay(end), EventType.ofIndex(type),
                line.text(h.region).toUpperCase(Locale.ROOT), h.text(line, "place"),
                RowChecker.decimal(b, line.start(h.lat), line.end(h.lat)), RowChecker.decimal(b, line.start(h.lon), line.end(h.lon)),
                number(line, h.fatalities), number(line, h.fatalitiesMax), number(line, h.injured), number(line, h.count),
                h.text(line, "death_kind"), orElse(h.text(line, "description_es"), description),
                orElse(h.text(line, "description_en"), description), sources, List.of(), null);
    }

    private static int number(CsvLine line, int f) {
        return f < 0 || line.end(f) == line.start(f) ? 0
                : Integer.parseInt(new String(line.bytes(), line.start(f), line.end(f) - line.start(f), StandardCharsets.US_ASCII));
    }

    private static String orElse(String a, String b) {
        return a != null ? a : b;
    }
}
