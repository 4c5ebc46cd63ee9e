package org.cronomapa.io;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.cronomapa.model.Problem;
import org.cronomapa.model.ProblemReport;

/**
 * Collects a reader's problems: keeps the first {@link ProblemReport#LISTED}, counts every one by
 * field, and counts the rows that had any. Memory stays bounded however bad the file is.
 */
final class ProblemLog {
    private final List<Problem> listed = new ArrayList<>();
    private final SortedMap<String, Long> byField = new TreeMap<>();
    private long total;
    private long rows;
    private long rowsWithProblems;

    /** Records a problem worded by {@code key} of the problems bundle (see {@link Problem}). */
    void add(String location, String field, String key, String... args) {
        add(Problem.of(location, field, key, args));
    }

    void add(Problem p) {
        total++;
        byField.merge(p.field(), 1L, Long::sum);
        if (listed.size() < ProblemReport.LISTED) {
            listed.add(p);
        }
    }

    /** The number of problems so far, listed or not: a row compares it before and after its checks. */
    long total() {
        return total;
    }

    boolean isEmpty() {
        return total == 0;
    }

    /** Counts one data row, and whether it had a problem. */
    void row(boolean hadProblem) {
        rows++;
        if (hadProblem) {
            rowsWithProblems++;
        }
    }

    long rows() {
        return rows;
    }

    long rowsWithProblems() {
        return rowsWithProblems;
    }

    /** Appends another log's problems after this one's, as if read in that order. */
    void addAll(ProblemLog later) {
        for (Problem p : later.listed) {
            if (listed.size() < ProblemReport.LISTED) {
                listed.add(p);
            }
        }
        later.byField.forEach((k, v) -> byField.merge(k, v, Long::sum));
        total += later.total;
        rows += later.rows;
        rowsWithProblems += later.rowsWithProblems;
    }

    ProblemReport report() {
        return new ProblemReport(listed, byField, rows, rowsWithProblems);
    }

    InputFileException refusal() {
        return new InputFileException(report());
    }
}
