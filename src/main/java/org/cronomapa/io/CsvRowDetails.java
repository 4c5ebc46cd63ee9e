package org.cronomapa.io;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cronomapa.model.Event;
import org.cronomapa.model.EventType;
import org.cronomapa.model.Source;

/** Re-reads one row from the file when its details are needed; rows are keyed by byte offset. */
record CsvRowDetails(Path file, CsvHeader h) implements org.cronomapa.model.EventDetails {
    @Override
    public Event event(int offset) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            raf.seek(offset);
            byte[] buf = new byte[(int) Math.min(1 << 16, raf.length() - offset)];
            raf.readFully(buf);
            CsvLine line = new CsvLine();
            line.read(buf, 0, buf.length);
            return toEvent(line);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot re-read " + file + ": " + e.getMessage(), e);
        }
    }

    private Event toEvent(CsvLine line) {
        String end = h.text(line, "end_date");
        String url = h.text(line, "source_url");
        List<Source> sources = url == null ? List.of() : List.of(new Source(h.text(line, "source_publisher"),
                h.text(line, "source_title"), h.text(line, "source_date"), url));
        String description = h.text(line, "description");
        return new Event(line.text(h.id), LocalDate.parse(line.text(h.date)), end == null ? null : LocalDate.parse(end),
                EventType.fromCode(line.text(h.type)).orElseThrow(), line.text(h.region), h.text(line, "place"),
                Double.parseDouble(line.text(h.lat).trim()), Double.parseDouble(line.text(h.lon).trim()),
                number(h.text(line, "fatalities")), number(h.text(line, "fatalities_max")),
                number(h.text(line, "injured")), number(h.text(line, "count")), h.text(line, "death_kind"),
                orElse(h.text(line, "description_es"), description), orElse(h.text(line, "description_en"), description),
                sources, List.of(), null);
    }

    private static int number(String s) {
        return s == null ? 0 : Integer.parseInt(s.trim());
    }

    private static String orElse(String a, String b) {
        return a != null ? a : b;
    }
}
