package org.cronomapa.model;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Why a file was refused: the first problems in file order (at most {@link #LISTED}), the exact
 * number of problems of each field, and how the file's rows were accounted for. The window's
 * dialog and {@code --validate} both print from this one value, so they give the same totals.
 *
 * @param listed the first problems found, in file order
 * @param byField every problem counted by its field, listed or not
 * @param rows the data rows in the file (blank lines excluded); 0 when it never got to rows
 * @param rowsWithProblems rows that have at least one problem; every other row was valid
 */
public record ProblemReport(List<Problem> listed, SortedMap<String, Long> byField, long rows, long rowsWithProblems) {
    /** Problems beyond this are counted but not kept, so memory stays bounded on hostile files. */
    public static final int LISTED = 1000;

    public ProblemReport {
        listed = List.copyOf(listed);
        byField = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(byField));
    }

    /** A report of problems that are all listed, such as a file-level refusal. */
    public static ProblemReport of(List<Problem> problems) {
        SortedMap<String, Long> byField = new TreeMap<>();
        problems.forEach(p -> byField.merge(p.field(), 1L, Long::sum));
        return new ProblemReport(problems, byField, 0, 0);
    }

    /** A report of one problem in words already written (the same in every language); readers use keys. */
    public static ProblemReport of(String location, String field, String message) {
        return of(List.of(new Problem(location, field, message)));
    }

    /** Every problem found, listed or only counted. */
    public long total() {
        return byField.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Problems counted but not listed. */
    public long unlisted() {
        return total() - listed.size();
    }

    /** The rows that were valid: with {@link #rowsWithProblems} they make up every row of the file. */
    public long validRows() {
        return rows - rowsWithProblems;
    }

    /** "field: n" pairs, most frequent first, as both the dialog and the command line print them. */
    public String countsByField() {
        return countsByField(String::valueOf);
    }

    /** As {@link #countsByField()}, with the numbers written as the reader's language writes them. */
    public String countsByField(java.util.function.LongFunction<String> number) {
        StringBuilder sb = new StringBuilder();
        byField.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sb.append(sb.length() == 0 ? "" : ", ").append(e.getKey()).append(": ")
                        .append(number.apply(e.getValue())));
        return sb.toString();
    }
}
