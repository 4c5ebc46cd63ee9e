package org.cronomapa.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Defensoría del Pueblo's published national death tolls (data/defensoria-totals.csv), which
 * the charts draw beside the bundled data's own running total. Only rows with a total are read.
 */
public final class PublishedTotals {
    /** A total of deaths published on a day, and who published the page it comes from. */
    public record Total(LocalDate date, long deaths, String publisher) {
    }

    private PublishedTotals() {
    }

    /** The bundled table; empty (never an exception) if the build lacks it or it cannot be read. */
    public static List<Total> bundled() {
        try (InputStream in = PublishedTotals.class.getResourceAsStream("/data/defensoria-totals.csv")) {
            return in == null ? List.of() : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    static List<Total> parse(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        CsvLine line = new CsvLine();
        int pos = line.read(b, 0, b.length);
        List<Total> out = new ArrayList<>();
        while (pos < b.length) {
            pos = line.read(b, pos, b.length);
            String date = line.text(0);
            String total = line.text(1);
            if (date != null && total != null && total.matches("[0-9]{1,6}")) {
                out.add(new Total(LocalDate.parse(date), Long.parseLong(total), line.text(6)));
            }
        }
        return out;
    }
}
