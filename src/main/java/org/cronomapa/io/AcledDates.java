package org.cronomapa.io;

import java.util.Locale;

/** ACLED's {@code event_date}: {@code 2023-01-09} in current exports, {@code 09 January 2023} in older ones. */
final class AcledDates {
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};

    private AcledDates() {
    }

    /** The epoch day, or {@link RowChecker#INVALID} with a problem. */
    static int day(RowChecker check, byte[] b, int from, int to) {
        int s = RowChecker.trimStart(b, from, to);
        int e = RowChecker.trimEnd(b, s, to);
        if (e - s == 10 && b[s + 4] == '-') {
            return check.date("event_date", b, s, e, true);
        }
        String[] parts = new String(b, s, e - s, java.nio.charset.StandardCharsets.UTF_8).trim().split("[\\s-]+");
        if (parts.length == 3 && parts[0].matches("[0-9]{1,2}") && parts[2].matches("[0-9]{4}")) {
            int month = month(parts[1]);
            int d = Integer.parseInt(parts[0]);
            int y = Integer.parseInt(parts[2]);
            if (month > 0 && d >= 1 && d <= CsvLine.monthLength(y, month)) {
                byte[] iso = String.format(Locale.ROOT, "%04d-%02d-%02d", y, month, d).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                return check.date("event_date", iso, 0, iso.length, true);
            }
        }
        check.problem("event_date", "problem.acled.date", RowChecker.text(b, from, to));
        return RowChecker.INVALID;
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(n) || n.length() == 3 && MONTHS[i].startsWith(n)) {
                return i + 1;
            }
        }
        return -1;
    }
}
