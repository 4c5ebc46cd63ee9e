package org.cronomapa.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.io.InputFileException;
import org.cronomapa.io.Loaded;
import org.cronomapa.io.RegionsReader;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.EventType;
import org.cronomapa.model.Problem;
import org.cronomapa.model.ProblemReport;
import org.cronomapa.timeline.TimeIndex;

/** {@code --validate FILE}: exit 0 with counts, or exit 1 listing the problems, their places and true totals. */
final class ValidateCommand {
    private ValidateCommand() {
    }

    static int run(Options o) {
        Path file = o.path("--validate");
        try {
            Loaded l = DatasetFiles.load(file, RegionsReader.bundled(), o.has("--skip-bad-rows"));
            Session.report(l);
            Dataset d = l.dataset();
            TimeIndex index = new TimeIndex(d.events(), d.regions().size());
            System.out.printf("%s is valid: %d events from %s to %s%n", file, d.events().size(),
                    LocalDate.ofEpochDay(index.firstDay()), LocalDate.ofEpochDay(index.lastDay()));
            for (EventType t : EventType.values()) {
                int n = 0;
                for (int r = -1; r < d.regions().size(); r++) {
                    n += index.cumulative(index.lastDay(), r, t.ordinal());
                }
                System.out.printf("  %-20s %d%n", t.code(), n);
            }
            return 0;
        } catch (InputFileException e) {
            System.out.println(file + " is not valid:");
            print(e.report(), System.out);
            return 1;
        }
    }

    /** The totals first (they are true however many problems there are), then the listed problems. */
    static void print(ProblemReport r, PrintStream out) {
        out.println("  " + r.total() + " problem(s) in all (" + r.countsByField() + ")");
        if (r.rows() > 0) {
            out.println("  " + r.rows() + " rows: " + r.validRows() + " valid, " + r.rowsWithProblems() + " with problems");
        }
        for (Problem p : r.listed()) {
            out.println("  " + p);
        }
        if (r.unlisted() > 0) {
            out.println("  … and " + r.unlisted() + " more problem(s), counted above but not listed");
        }
    }
}
