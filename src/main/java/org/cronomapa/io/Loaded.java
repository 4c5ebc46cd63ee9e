package org.cronomapa.io;

import org.cronomapa.model.Dataset;
import org.cronomapa.model.ProblemReport;

/**
 * A file read into a dataset. {@code skipped}: the rows left out because of problems (empty
 * unless the user chose to load the valid rows of a file with problems). {@code notes}: what the
 * user should know but is not an error, such as events outside the map left out.
 */
public record Loaded(Dataset dataset, ProblemReport skipped, ProblemReport notes) {
    static Loaded clean(Dataset d) {
        ProblemReport none = ProblemReport.of(java.util.List.of());
        return new Loaded(d, none, none);
    }
}
