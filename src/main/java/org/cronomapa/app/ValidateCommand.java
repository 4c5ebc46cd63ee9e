package org.cronomapa.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.io.InputFileException;
import org.cronomapa.io.Loaded;
import org.cronomapa.io.RegionsReader;
import org.cronomapa.labels.Texts;
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
            Texts texts = o.texts();
            Session.report(l, texts);
            Dataset d = l.dataset();
            TimeIndex index = new TimeIndex(d.events(), d.regions().size());
            System.out.println(texts.get("cli.valid", file.toString(), String.valueOf(d.events().size()),
                    LocalDate.ofEpochDay(index.firstDay()).toString(), LocalDate.ofEpochDay(index.lastDay()).toString()));
            for (EventType t : EventType.values()) {
                int n = 0;
                for (int r = -1; r < d.regions().size(); r++) {
                    n += index.cumulative(index.lastDay(), r, t.ordinal());
                }
                System.out.printf("  %-20s %d%n", t.code(), n);
            }
            return 0;
        } catch (InputFileException e) {
            Texts texts = o.texts();
            System.out.println(texts.get("cli.notValid", file.toString()));
            print(e.report(), System.out, texts);
            return 1;
        }
    }

    /** The totals first (they are true however many problems there are), then the listed problems. */
    static void print(ProblemReport r, PrintStream out, Texts t) {
        out.println("  " + t.get("cli.problemsInAll", String.valueOf(r.total()), r.countsByField()));
        if (r.rows() > 0) {
            out.println("  " + t.get("cli.problemRows", String.valueOf(r.rows()), String.valueOf(r.validRows()),
                    String.valueOf(r.rowsWithProblems())));
        }
        for (Problem p : r.listed()) {
            out.println("  " + p.toString(t.locale()));
        }
        if (r.unlisted() > 0) {
            out.println("  " + t.get("cli.unlisted", String.valueOf(r.unlisted())));
        }
    }
}
