package org.cronomapa.io;

import java.util.List;
import org.cronomapa.model.Problem;
import org.cronomapa.model.ProblemReport;

/** A file that cannot be used at all, with every problem found in it (listed or counted). */
public final class InputFileException extends Exception {
    private final transient ProblemReport report;

    public InputFileException(ProblemReport report) {
        super(report.listed().isEmpty() ? "invalid input" : report.listed().get(0).toString());
        this.report = report;
    }

    public InputFileException(List<Problem> problems) {
        this(ProblemReport.of(problems));
    }

    /** A refusal in words already written (the same in every language); readers use {@link #of}. */
    public InputFileException(String location, String field, String message) {
        this(List.of(new Problem(location, field, message)));
    }

    /** A refusal for one problem worded by {@code key} of the problems bundle (see {@link Problem}). */
    public static InputFileException of(String location, String field, String key, String... args) {
        return new InputFileException(List.of(Problem.of(location, field, key, args)));
    }

    public ProblemReport report() {
        return report;
    }

    /** The listed problems (at most {@link ProblemReport#LISTED}). */
    public List<Problem> problems() {
        return report.listed();
    }
}
