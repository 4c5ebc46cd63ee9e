package org.cronomapa.io;

import static org.cronomapa.io.FuzzFile.Expect.EITHER;
import static org.cronomapa.io.FuzzFile.Expect.LOAD;
import static org.cronomapa.io.FuzzCsvTable.isQuoted;
import static org.cronomapa.io.FuzzCsvTable.quote;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.cronomapa.io.FuzzFile.Expect;
import org.cronomapa.io.FuzzFile.Op;

/** The events CSV corpus: a small valid file and the mutations of its structure, quoting and values. */
final class FuzzCsv {
    static final String[] HEADER = {"id", "date", "end_date", "type", "region", "lat", "lon", "fatalities", "injured",
        "count", "place", "description", "source_url"};
    /** Four rows: a quoted comma, doubled quotes, a quoted newline, non-ASCII text and a national (PE) row. */
    static final String[][] ROWS = {
        {"pun-1", "2023-01-09", "", "killing", "PE-PUN", "-15.5", "-70.13", "17", "100", "", "Juliaca",
            quote("Muertes en enfrentamientos, según la Defensoría"), "https://example.org/a"},
        {"lma-1", "2023-01-19", "", "march", "PE-LMA", "-12.05", "-77.04", "0", "3", "", "Lima", "Toma de Lima",
            "https://example.org/b"},
        {"cus-1", "2023-01-04", "2023-01-20", "strike", "PE-CUS", "-13.52", "-71.97", "0", "", "12", "Cusco",
            quote("Paro \"indefinido\"\nsegunda línea"), ""},
        {"pe-1", "2023-01-05", "", "roadblock", "PE", "-12.05", "-77.04", "0", "", "36", "", "Bloqueos en el país: 36", ""},
    };
    static final int SEED_ROWS = ROWS.length;
    static final String MB3 = "x".repeat(3 << 20);

    private FuzzCsv() {
    }

    static FuzzCsvTable seed() {
        return new FuzzCsvTable(HEADER, ROWS);
    }

    /** Every CSV mutation of the seed's table; byte-level ones come from {@link FuzzBytes}. */
    static List<Op<FuzzCsvTable>> ops() {
        List<Op<FuzzCsvTable>> ops = new ArrayList<>();
        layout(ops);
        quoting(ops);
        values(ops);
        return ops;
    }

    private static void add(List<Op<FuzzCsvTable>> ops, String name, Expect expect, Consumer<FuzzCsvTable> apply) {
        ops.add(new Op<>(name, expect, apply));
    }

    /** Separators, padding, headers, missing and extra fields or columns, size. */
    private static void layout(List<Op<FuzzCsvTable>> ops) {
        add(ops, "columns-reordered", LOAD, t -> t.rows.forEach(Collections::reverse));
        // Issue 7 lists spaces around fields among the mutations a user's file may carry and still load.
        add(ops, "spaces-around-fields", LOAD, t -> t.mapFields(f -> f.isEmpty() || isQuoted(f) ? f : " " + f + " "));
        // One padded row among good ones: the file must keep all four events, not drop that row.
        add(ops, "spaces-around-fields-one-row", LOAD, t -> t.row(2).replaceAll(f -> f.isEmpty() ? f : " " + f + " "));
        add(ops, "tabs-around-fields", EITHER, t -> t.mapFields(f -> "\t" + f + "\t"));
        add(ops, "unknown-extra-column", LOAD, t -> t.addColumn("notes", "x"));
        add(ops, "altitude-column-3d-point", LOAD, t -> t.addColumn("alt", "3825.5"));
        add(ops, "header-uppercase", EITHER, t -> t.row(0).replaceAll(String::toUpperCase));
        add(ops, "semicolon-separators", EITHER, t -> t.separator = ";");
        add(ops, "semicolon-separators-decimal-commas", EITHER, t -> {
            t.separator = ";";
            t.mapFields(f -> f.matches("-?\\d+\\.\\d+") ? f.replace('.', ',') : f);
        });
        add(ops, "tab-separators", EITHER, t -> t.separator = "\t");
        add(ops, "pipe-separators", EITHER, t -> t.separator = "|");
        add(ops, "header-only", EITHER, t -> t.rows.subList(Math.min(1, t.rows.size()), t.rows.size()).clear());
        add(ops, "no-header", EITHER, t -> t.removeRow(0));
        add(ops, "blank-line-before-header", EITHER, t -> t.rows.add(0, new ArrayList<>(List.of(""))));
        for (String column : CsvEvents.REQUIRED) {
            add(ops, "missing-column-" + column, EITHER, t -> t.removeColumn(column));
        }
        add(ops, "missing-column-in-header-only", EITHER, t -> t.row(0).remove("lat"));
        add(ops, "row-missing-last-field", EITHER, t -> t.removeField(1, HEADER.length - 1));
        add(ops, "row-missing-middle-field", EITHER, t -> t.removeField(2, 5));
        add(ops, "row-only-id", EITHER, t -> t.row(3).subList(Math.min(1, t.row(3).size()), t.row(3).size()).clear());
        add(ops, "row-of-empty-fields", EITHER, t -> t.rows.add(new ArrayList<>(Collections.nCopies(HEADER.length, ""))));
        add(ops, "row-extra-fields", EITHER, t -> t.row(1).addAll(List.of("a", "b", "c")));
        add(ops, "every-row-extra-fields", EITHER, t -> t.rows.stream().skip(1).forEach(r -> r.add("extra")));
        add(ops, "duplicate-header-column", EITHER, t -> t.addColumn("lat", "999"));
        add(ops, "duplicate-id", EITHER, t -> t.set(2, "id", "pun-1"));
        add(ops, "10000-extra-columns", EITHER, t -> {
            for (int i = 0; i < 10_000; i++) {
                t.addColumn("c" + i, "v");
            }
        });
        add(ops, "100k-blank-lines", LOAD, t -> {
            List<List<String>> blanks = new ArrayList<>();
            for (int i = 0; i < 100_000; i++) {
                blanks.add(new ArrayList<>(List.of("")));
            }
            t.rows.addAll(Math.min(2, t.rows.size()), blanks);
        });
        add(ops, "20000-rows", LOAD, t -> {
            for (int i = 0; i < 20_000; i++) {
                List<String> r = new ArrayList<>(t.row(2));
                if (!r.isEmpty()) {
                    r.set(0, "many-" + i);
                }
                t.rows.add(r);
            }
        });
        add(ops, "3mb-description", EITHER, t -> t.set(2, "description", MB3));
        add(ops, "3mb-id-in-first-column", EITHER, t -> t.set(2, "id", MB3));
        add(ops, "3mb-header-line", EITHER, t -> t.addColumn(MB3, ""));
        add(ops, "3mb-quoted-field-of-newlines", EITHER, t -> t.set(2, "description", quote("a\n".repeat(1_500_000))));
        add(ops, "100k-nested-brackets-in-field", EITHER,
                t -> t.set(2, "description", "[".repeat(100_000) + "]".repeat(100_000)));
        add(ops, "nul-in-region", EITHER, t -> t.set(1, "region", "PE-PUN\0"));
        add(ops, "cr-inside-unquoted-field", EITHER, t -> t.set(1, "place", "Juli\raca"));
    }

    /** RFC 4180 quoting, right and wrong. */
    private static void quoting(List<Op<FuzzCsvTable>> ops) {
        add(ops, "all-fields-quoted", LOAD, t -> t.mapFields(f -> isQuoted(f) ? f : quote(f)));
        add(ops, "header-quoted", LOAD, t -> t.row(0).replaceAll(FuzzCsvTable::quote));
        add(ops, "quoted-field-with-crlf", LOAD, t -> t.set(2, "description", quote("Toma\r\nde Lima")));
        add(ops, "quoted-empty-fields", LOAD, t -> t.mapFields(f -> f.isEmpty() ? "\"\"" : f));
        add(ops, "unbalanced-opening-quote", EITHER, t -> t.set(1, "place", "\"Juliaca"));
        add(ops, "quote-inside-unquoted-field", EITHER, t -> t.set(1, "place", "Jul\"iaca"));
        add(ops, "text-after-closing-quote", EITHER, t -> t.set(1, "place", "\"Juliaca\"xyz"));
        add(ops, "undoubled-quote-inside-quotes", EITHER, t -> t.set(2, "description", "\"Toma \"de\" Lima\""));
        add(ops, "quoted-id-with-separator", EITHER, t -> t.set(1, "id", quote("pun,1")));
        add(ops, "1mb-of-quote-characters", EITHER, t -> t.set(2, "description", "\"".repeat(1 << 20)));
        add(ops, "quote-as-last-byte", EITHER, t -> t.rows.add(new ArrayList<>(List.of("\""))));
    }

    /** Wrong values in each checked field: impossible dates, NaN, huge and negative numbers, codes. */
    private static void values(List<Op<FuzzCsvTable>> ops) {
        String thousandDigits = "9".repeat(1000);
        values(ops, 1, "date", "", "2023-02-30", "2023-13-01", "2023-00-10", "0000-00-00", "1899-12-31", "2101-01-01",
                "2023-1-9", "20230109", "2023-01-09T12:00", "2023/01/09", "２０２３-01-09", "-2023-01-09", "+10000-01-01",
                "9999999999-01-01");
        values(ops, 3, "end_date", "2023-01-01", "2023-02-29", "someday", "2101-01-01");
        values(ops, 1, "type", "", "riot", "KILLING", "killing;clash");
        values(ops, 1, "region", "", "pe-pun", "PE-", "PE-ZZZ", "PE-[[[", "PE-ÑAN", "PE-PUNO", "PE-LMA");
        values(ops, 1, "lat", "", "NaN", "Infinity", "-Infinity", "1e400", "1e-400", quote("-15,5"), "0x1p4", "-91",
                "abc", thousandDigits, "-15.5.5", "- 15.5");
        values(ops, 1, "lon", "NaN", "181", "-70.13e0", "99999999999999999999");
        values(ops, 1, "fatalities", "", "-1", "-0", "2147483648", "-2147483648", "1.5", "1e3", "NaN", "Infinity",
                "99999999999999999999", "+3", "٣", thousandDigits);
        values(ops, 2, "injured", "-5", "3.0");
        values(ops, 4, "count", "-1", "2147483647", "1e400");
        values(ops, 1, "id", "", " ", quote("\""));
    }

    private static void values(List<Op<FuzzCsvTable>> ops, int row, String column, String... values) {
        for (String v : values) {
            String shown = v.length() > 24 ? v.length() + "-chars" : v.isEmpty() ? "empty" : v;
            add(ops, column + "=" + shown, EITHER, t -> t.set(row, column, v));
        }
    }
}
