package org.cronomapa.state;

import java.nio.file.Path;
import java.util.List;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.ProblemReport;

/** Opens a user's file: a dataset, or the problems that stop it; never a throw. */
@FunctionalInterface
public interface DatasetOpener {
    /** Opens the file as it is: any row with a problem refuses the whole file. */
    Opened open(Path file);

    /**
     * Opens only the valid rows of a file with problems, once the user has seen what would be
     * left out; {@link Opened#problems()} then lists the rows skipped. By default, as {@link #open}.
     */
    default Opened openValidRows(Path file) {
        return open(file);
    }

    /** The dataset bundled with the application, always one click away. */
    default Opened openBundled() {
        return new Opened(null, ProblemReport.of(List.of(
                org.cronomapa.model.Problem.of("bundled dataset", "file", "problem.dataset.notBundled"))));
    }

    /**
     * The outcome of opening a file. With a dataset, {@code problems} lists rows skipped at the
     * user's request and {@code notes} what the user should know that is not an error (events
     * outside the map left out); without one, {@code problems} says why the file was refused.
     */
    record Opened(Dataset dataset, ProblemReport problems, ProblemReport notes) {
        public Opened(Dataset dataset, ProblemReport problems) {
            this(dataset, problems, ProblemReport.of(List.of()));
        }

        public boolean ok() {
            return dataset != null;
        }

        /** Whether loading the valid rows is worth offering: row problems, and valid rows beside them. */
        public boolean validRowsLoadable() {
            return dataset == null && problems.rows() > 0 && problems.validRows() > 0;
        }
    }
}
