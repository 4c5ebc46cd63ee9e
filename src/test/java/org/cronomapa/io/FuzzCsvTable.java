package org.cronomapa.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A CSV file as rows of raw field text, quotes included, so a mutation can break it at any level
 * (a value, the quoting, the separator). Row 0 is the header. Every change is a no-op when an
 * earlier mutation removed its row or column, so mutations combine without failing the test.
 */
final class FuzzCsvTable {
    final List<List<String>> rows = new ArrayList<>();
    String separator = ",";

    FuzzCsvTable(String[] header, String[][] data) {
        rows.add(new ArrayList<>(Arrays.asList(header)));
        for (String[] r : data) {
            rows.add(new ArrayList<>(Arrays.asList(r)));
        }
    }

    int column(String name) {
        return rows.isEmpty() ? -1 : rows.get(0).indexOf(name);
    }

    /** Row {@code i} (0 is the header), or a detached empty row when an earlier mutation removed it. */
    List<String> row(int i) {
        return i < rows.size() ? rows.get(i) : new ArrayList<>();
    }

    void removeRow(int i) {
        if (i < rows.size()) {
            rows.remove(i);
        }
    }

    /** Removes field {@code f} of row {@code i} only, so the fields after it shift left. */
    void removeField(int i, int f) {
        if (f < row(i).size()) {
            row(i).remove(f);
        }
    }

    /** Sets the field of data row {@code row} (1 is the first data row) in the named column. */
    void set(int row, String column, String value) {
        int c = column(column);
        if (c >= 0 && row < rows.size() && c < rows.get(row).size()) {
            rows.get(row).set(c, value);
        }
    }

    String get(int row, String column) {
        int c = column(column);
        return c >= 0 && row < rows.size() && c < rows.get(row).size() ? rows.get(row).get(c) : "";
    }

    void removeColumn(String name) {
        int c = column(name);
        if (c >= 0) {
            rows.forEach(r -> {
                if (c < r.size()) {
                    r.remove(c);
                }
            });
        }
    }

    void addColumn(String name, String value) {
        rows.get(0).add(name);
        rows.subList(1, rows.size()).forEach(r -> r.add(value));
    }

    /** Applies {@code f} to every field, header included. */
    void mapFields(UnaryOperator<String> f) {
        rows.forEach(r -> r.replaceAll(f));
    }

    /** Fields written as they are; a mutation that wants a quoted field writes the quotes itself. */
    String render() {
        StringBuilder sb = new StringBuilder();
        for (List<String> r : rows) {
            sb.append(String.join(separator, r)).append('\n');
        }
        return sb.toString();
    }

    static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    static boolean isQuoted(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"");
    }
}
