package org.cronomapa.state;

import java.nio.file.Path;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.ProblemReport;

/** Opens a user's file: either a dataset or the problems that stop it (never both, never a throw). */
@FunctionalInterface
public interface DatasetOpener {
    Opened open(Path file);

    /** The outcome of opening a file. */
    record Opened(Dataset dataset, ProblemReport problems) {
        public boolean ok() {
            return dataset != null;
        }
    }
}
