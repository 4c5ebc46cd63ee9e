package org.cronomapa.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cronomapa.io.FuzzFile.Expect;
import org.cronomapa.io.FuzzFile.Kind;
import org.cronomapa.model.Problem;
import org.cronomapa.model.ProblemReport;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The fuzz oracle fails on each way a reader can break issue 7's rule, and only then. */
class FuzzOracleTest {
    private static final Path FILE = Path.of("/tmp/corpus/csv-001-bom.csv");
    private static final Duration SHORT = Duration.ofMillis(300);

    private static FuzzFile file(Expect expect) {
        return new FuzzFile(Kind.EVENTS_CSV, "bom", FILE, expect);
    }

    private static String fails(Expect expect, FuzzOracle.Reader reader) {
        return assertThrows(AssertionFailedError.class, () -> FuzzOracle.check(file(expect), reader, SHORT)).getMessage();
    }

    @Test
    void aValueOrAWellFormedRefusalPasses() {
        assertEquals("loaded 4", FuzzOracle.check(file(Expect.LOAD), (f, phase) -> 4, SHORT));
        String refused = FuzzOracle.check(file(Expect.EITHER), (f, phase) -> {
            throw new InputFileException(f + ":3", "date", "not a date");
        }, SHORT);
        assertTrue(refused.startsWith("refused: 1 problem"), refused);
    }

    @Test
    void anyOtherThrowableFailsNamingTheMutationAndThePhase() {
        String m = fails(Expect.EITHER, (f, phase) -> {
            phase.accept("opening the details of event 2");
            throw new java.util.NoSuchElementException("No value present");
        });
        assertTrue(m.contains("csv bom") && m.contains("NoSuchElementException") && m.contains("event 2"), m);
        assertTrue(fails(Expect.EITHER, (f, phase) -> {
            throw new StackOverflowError();
        }).contains("StackOverflowError"));
    }

    @Test
    void aHangFails() {
        String m = fails(Expect.EITHER, (f, phase) -> {
            while (true) {
                Thread.onSpinWait();
            }
        });
        assertTrue(m.contains("hang"), m);
    }

    @Test
    void aRefusalMustNameTheFileTheFieldAndTheProblem() {
        assertTrue(fails(Expect.EITHER, (f, phase) -> {
            throw new InputFileException("other.csv:2", "date", "bad");
        }).contains("does not name the file"));
        assertTrue(fails(Expect.EITHER, (f, phase) -> {
            throw new InputFileException(f.toString(), " ", "bad");
        }).contains("no field"));
        assertTrue(fails(Expect.EITHER, (f, phase) -> {
            throw new InputFileException(f.getFileName() + "#0", "geometry", null);
        }).contains("no message"));
        assertTrue(fails(Expect.EITHER, (f, phase) -> {
            throw new InputFileException(java.util.List.of());
        }).contains("no listed problem"));
        assertTrue(fails(Expect.EITHER, (f, phase) -> {
            throw new InputFileException(f + "#0", "geometry", "Cannot invoke \"JsonNode.asDouble()\" because \"p\" is null");
        }).contains("Java internals"));
        assertTrue(fails(Expect.EITHER, (f, phase) -> {
            throw new InputFileException(f + ":1", "json", "Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NAN` to allow");
        }).contains("Java internals"));
    }

    @Test
    void aRefusalMustAccountForTheRowsItDropped() {
        assertTrue(fails(Expect.EITHER, (f, phase) -> {
            ProblemReport r = new ProblemReport(List.of(new Problem(f.toString(), "rows", "no events")),
                    new TreeMap<>(Map.of("rows", 1L)), 4, 4);
            throw new InputFileException(r);
        }).contains("4 rows with problems"));
    }

    @Test
    void expectationsArePinned() {
        assertTrue(fails(Expect.LOAD, (f, phase) -> {
            throw new InputFileException(f.toString(), "file", "the file is empty");
        }).contains("must load"));
        assertTrue(fails(Expect.REFUSE, (f, phase) -> 0).contains("must be refused"));
        assertTrue(fails(Expect.LOAD, (f, phase) -> 3).contains("loaded only 3 of the seed's 4"));
    }
}
