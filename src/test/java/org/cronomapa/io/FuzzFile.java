package org.cronomapa.io;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One file of the fuzz corpus (issue 7): the reader it goes to, the mutation that made it, and
 * what a correct reader must do with it. Most mutations may end either way; only a few are
 * certain enough to pin: a BOM or CRLF must still load, a binary or empty file must be refused.
 */
record FuzzFile(Kind kind, String mutation, Path path, Expect expect) {

    enum Kind {
        EVENTS_CSV("csv", ".csv", FuzzCsv.SEED_ROWS),
        EVENTS_GEOJSON("events", ".geojson", FuzzEventsJson.SEED_EVENTS),
        REGIONS("regions", ".geojson", FuzzRegionsJson.SEED_CODES.size());

        final String label;
        final String extension;
        /** Events (or regions) in the seed: a file that must load must keep them all. */
        final int seedCount;

        Kind(String label, String extension, int seedCount) {
            this.label = label;
            this.extension = extension;
            this.seedCount = seedCount;
        }
    }

    enum Expect {
        /**
         * The mutation keeps the file valid by the format's own rules (data/README.md, RFC 4180,
         * RFC 8259), so it must load with at least the seed's events or regions.
         */
        LOAD,
        /** Nothing in the file can be used (empty, binary, cut-off JSON). */
        REFUSE,
        /** Either a value or a list of problems; never a crash or a hang. */
        EITHER
    }

    /** A mutation before it is written; its bytes are made only then, so the 3 MB ones never pile up. */
    record Mutant(String name, Expect expect, Supplier<byte[]> bytes) {
    }

    /** A named change to a parsed seed (a CSV table or a JSON tree), combinable with others. */
    record Op<T>(String name, Expect expect, Consumer<T> apply) {
    }

    /** The test's display name: every failure names the reader, the mutation and the file. */
    String displayName() {
        return kind.label + " " + mutation + " [" + path.getFileName() + "]";
    }
}
