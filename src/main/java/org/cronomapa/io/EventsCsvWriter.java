package org.cronomapa.io;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.cronomapa.model.Event;
import org.cronomapa.model.Figure;
import org.cronomapa.model.Source;

/**
 * Writes events as the flat CSV format with every field the GeoJSON format carries, so
 * {@link CsvEvents} reads the file back to equal records. Lists become numbered columns
 * ({@code source1_publisher…source1_credit, source2_…}, {@code figure1_field, figure1_value,
 * figure1_by…}) up to the longest list, so every cell holds one plain value a spreadsheet or QGIS
 * can sort and filter. RFC 4180 quoting, UTF-8, one record per line ending in {@code \n}.
 */
public final class EventsCsvWriter implements EventSink {
    /** The columns before the numbered ones, in the order written: the minimum header's first. */
    static final List<String> COLUMNS = List.of("id", "date", "end_date", "type", "region", "lat", "lon",
            "fatalities", "fatalities_max", "injured", "injured_max", "count", "place", "road", "death_kind",
            "geo_precision", "time_precision", "verification", "description_es", "description_en");

    private final Writer out;
    private final int sources;
    private final int figures;
    private final StringBuilder row = new StringBuilder(512);

    private EventsCsvWriter(Writer out, int sources, int figures) {
        this.out = out;
        this.sources = sources;
        this.figures = figures;
    }

    /**
     * A writer whose header has room for {@code sources} sources and {@code figures} figures an
     * event: the header comes first, so the longest lists must be known before the first row.
     */
    public static EventsCsvWriter open(Writer out, int sources, int figures) throws IOException {
        EventsCsvWriter w = new EventsCsvWriter(out, sources, figures);
        out.write(String.join(",", header(sources, figures)));
        out.write('\n');
        return w;
    }

    static List<String> header(int sources, int figures) {
        List<String> names = new ArrayList<>(COLUMNS);
        for (int k = 1; k <= sources; k++) {
            for (String part : CsvHeader.SOURCE_PARTS) {
                names.add("source" + k + "_" + part);
            }
        }
        for (int k = 1; k <= figures; k++) {
            for (String part : CsvHeader.FIGURE_PARTS) {
                names.add("figure" + k + "_" + part);
            }
        }
        return names;
    }

    @Override
    public void accept(Event e) throws IOException {
        if (e.sources().size() > sources || e.figures().size() > figures) {
            throw new IllegalArgumentException("event " + e.id() + " has more sources or figures than the header "
                    + "has columns for (" + sources + ", " + figures + ")");
        }
        Event.Details d = e.details();
        row.setLength(0);
        cell(e.id()).cell(e.date().toString()).cell(e.endDate() == null ? null : e.endDate().toString())
                .cell(e.type().code()).cell(e.region()).cell(Double.toString(e.lat())).cell(Double.toString(e.lon()))
                .cell(e.fatalities()).cell(e.fatalitiesMax()).cell(e.injured()).cell(d.injuredMax()).cell(e.count())
                .cell(e.place()).cell(d.road()).cell(e.deathKind())
                // 0 is "not recorded", which the readers give for an empty cell.
                .cell(d.geoPrecision() == 0 ? null : Integer.toString(d.geoPrecision()))
                .cell(d.timePrecision() == 0 ? null : Integer.toString(d.timePrecision()))
                .cell(d.unconfirmed() ? "unconfirmed" : null).cell(e.descriptionEs()).cell(e.descriptionEn());
        for (int k = 0; k < sources; k++) {
            Source s = k < e.sources().size() ? e.sources().get(k) : null;
            if (s == null) {
                row.append(",,,,,");
            } else {
                cell(s.publisher()).cell(s.title()).cell(s.date()).cell(s.url()).cell(s.credit());
            }
        }
        for (int k = 0; k < figures; k++) {
            Figure f = k < e.figures().size() ? e.figures().get(k) : null;
            if (f == null) {
                row.append(",,,");
            } else {
                cell(f.field()).cell(f.value()).cell(f.by());
            }
        }
        row.setCharAt(row.length() - 1, '\n');
        out.append(row);
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    private EventsCsvWriter cell(int n) {
        row.append(n).append(',');
        return this;
    }

    /** A text cell, quoted (its quotes doubled) when it holds a comma, a quote or a line break. */
    private EventsCsvWriter cell(String v) {
        if (v != null) {
            boolean quote = false;
            for (int i = 0; i < v.length() && !quote; i++) {
                char c = v.charAt(i);
                quote = c == ',' || c == '"' || c == '\n' || c == '\r';
            }
            if (quote) {
                row.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                row.append(v);
            }
        }
        row.append(',');
        return this;
    }
}
