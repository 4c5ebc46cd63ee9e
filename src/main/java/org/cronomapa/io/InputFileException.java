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

    public InputFileException(String location, String field, String message) {
        this(List.of(new Problem(location, field, message)));
    }

    public ProblemReport report() {
        return report;
    }

    /** The listed problems (at most {@link ProblemReport#LISTED}). */
    public List<Problem> problems() {
        return report.listed();
    }
}
