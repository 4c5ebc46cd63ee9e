package org.cronomapa.io;

import static org.cronomapa.io.FuzzFile.Expect.LOAD;
import static org.cronomapa.io.FuzzFile.Expect.REFUSE;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.cronomapa.io.FuzzFile.Kind;
import org.cronomapa.model.Problem;
import org.cronomapa.model.ProblemReport;
import org.opentest4j.AssertionFailedError;

/**
 * Issue 7's rule for one file: its reader ends within a time bound in either a value or an
 * {@link InputFileException} whose report lists problems, each naming the file, a field and
 * what is wrong. Anything else (another exception, an Error such as StackOverflowError or
 * OutOfMemoryError, a hang) fails, naming the reader, the mutation and what the reader was doing.
 */
final class FuzzOracle {
    static final Duration BOUND = Duration.ofSeconds(10);
    static final String READING = "reading the file";
    /**
     * Text of an exception or of the parser's API shown as a problem: the user can act on neither
     * ("Cannot invoke ... because ...", "Index 7 out of bounds", "enable `JsonReadFeature.X`").
     */
    static final Pattern INTERNALS = Pattern.compile("(java|javax|com\\.fasterxml|org\\.locationtech)\\.[a-z]"
            + "|Cannot invoke|because the return value|Exception|out of bounds for length|index out of range"
            + "|`[A-Za-z]+\\.[A-Za-z_]+(\\(\\))?`");

    /** A reader under test; it reports its phase so a failure can say whether loading or using broke. */
    interface Reader {
        Object read(Path file, Consumer<String> phase) throws Exception;
    }

    private FuzzOracle() {
    }

    /** The outcome in words ("loaded 4", "refused: ..."), or an assertion failure. */
    static String check(FuzzFile f) {
        return check(f, f.kind() == Kind.REGIONS ? FuzzUse::regions : FuzzUse::events, BOUND);
    }

    static String check(FuzzFile f, Reader reader, Duration bound) {
        String who = f.displayName() + " via " + (f.kind() == Kind.REGIONS ? "RegionsReader.read" : "DatasetFiles.open");
        Attempt a = new Attempt(f.path(), reader);
        // A thread of its own, not a pool's: a hung reader must not hold up the files after it.
        Thread worker = new Thread(null, a, "fuzz " + f.path().getFileName(), 0);
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join(bound.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionFailedError(who + ": interrupted while waiting", e);
        }
        if (worker.isAlive()) {
            String phase = a.phase;
            stop(worker);
            throw new AssertionFailedError(who + ": no outcome within " + bound.toMillis() + " ms (hang), while " + phase);
        }
        Throwable t = a.thrown;
        if (t == null) {
            if (f.expect() == REFUSE) {
                throw new AssertionFailedError(who + ": accepted a file that must be refused (loaded " + a.value + ")");
            }
            if (f.expect() == LOAD && a.value instanceof Integer n && n < f.kind().seedCount) {
                throw new AssertionFailedError(who + ": loaded only " + n + " of the seed's " + f.kind().seedCount
                        + "; the mutation keeps every one valid");
            }
            return "loaded " + a.value;
        }
        if (t instanceof AssertionError e) {
            throw e;
        }
        if (t instanceof InputFileException e && READING.equals(a.phase)) {
            requireWellFormed(who, e, f.path());
            if (f.expect() == LOAD) {
                throw new AssertionFailedError(who + ": refused a file that must load: " + first(e.problems()));
            }
            return "refused: " + e.report().total() + " problem(s), first " + first(e.problems());
        }
        throw new AssertionFailedError(who + ": " + t.getClass().getName() + " while " + a.phase + ": "
                + clip(String.valueOf(t.getMessage())) + where(t), t);
    }

    /**
     * A refusal must list at least one problem, each with the file's name, a field and a message
     * in the user's terms; its counts must account for every row it says had a problem.
     */
    static void requireWellFormed(String who, InputFileException e, Path file) {
        ProblemReport report = e.report();
        if (report == null || e.problems().isEmpty()) {
            throw new AssertionFailedError(who + ": InputFileException with no listed problem: " + e.getMessage());
        }
        List<String> wrong = new ArrayList<>();
        for (Problem p : e.problems()) {
            if (p.location() == null || !(p.location().startsWith(file.toString())
                    || p.location().startsWith(String.valueOf(file.getFileName())))) {
                wrong.add("location does not name the file: " + p);
            } else if (p.field() == null || p.field().isBlank()) {
                wrong.add("no field: " + p);
            } else if (p.message() == null || p.message().isBlank()) {
                wrong.add("no message: " + p);
            } else if (INTERNALS.matcher(p.message()).find()) {
                wrong.add("message shows Java internals: " + p);
            }
        }
        if (report.total() < e.problems().size()) {
            wrong.add("total " + report.total() + " is below the " + e.problems().size() + " listed");
        }
        if (report.rowsWithProblems() > report.rows() || report.rowsWithProblems() > report.total()) {
            wrong.add(report.rowsWithProblems() + " rows with problems, but " + report.rows() + " rows and "
                    + report.total() + " problems in all (" + e.problems() + ")");
        }
        if (!wrong.isEmpty()) {
            throw new AssertionFailedError(who + ": malformed problem report: " + clip(String.join("; ", wrong)));
        }
    }

    /** Ends a hung reader: interrupt first; Thread.stop (still there in Java 17) so it stops using a core. */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread worker) {
        worker.interrupt();
        try {
            worker.join(1000);
            if (worker.isAlive()) {
                worker.stop();
            }
        } catch (InterruptedException | UnsupportedOperationException e) {
            // Left running as a daemon; the failure is reported either way.
        }
    }

    private static String first(List<Problem> problems) {
        return clip(problems.isEmpty() ? "none" : problems.get(0).toString());
    }

    /** Messages can quote a 3 MB field; a failure line stays readable. */
    static String clip(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…(" + s.length() + " chars)" : s;
    }

    /** The first frame in the application's code, where a fix would go. */
    private static String where(Throwable t) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("org.cronomapa.") && !e.getClassName().contains(".Fuzz")) {
                return " [at " + e + "]";
            }
        }
        StackTraceElement[] s = t.getStackTrace();
        return s.length == 0 ? "" : " [at " + s[0] + "]";
    }

    /** What the worker got to; read by the test thread after the worker ended or timed out. */
    private static final class Attempt implements Runnable {
        private final Path file;
        private final Reader reader;
        volatile String phase = READING;
        volatile Object value;
        volatile Throwable thrown;

        Attempt(Path file, Reader reader) {
            this.file = file;
            this.reader = reader;
        }

        @Override
        public void run() {
            try {
                value = reader.read(file, p -> phase = p);
            } catch (Throwable t) {
                thrown = t;
            }
        }
    }
}
