package org.cronomapa.io;

import java.util.List;
import org.cronomapa.model.Problem;

/** A file that cannot be used at all, with every problem found in it. */
public final class InputFileException extends Exception {
    private final transient List<Problem> problems;

    public InputFileException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid input" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public InputFileException(String location, String field, String message) {
        this(List.of(new Problem(location, field, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
