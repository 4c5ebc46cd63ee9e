package org.cronomapa.io;

import static org.cronomapa.io.FuzzBytes.utf8;
import static org.cronomapa.io.FuzzFile.Expect.EITHER;
import static org.cronomapa.io.FuzzFile.Expect.LOAD;
import static org.cronomapa.io.FuzzFile.Expect.REFUSE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cronomapa.io.FuzzFile.Kind;
import org.cronomapa.io.FuzzFile.Mutant;
import org.cronomapa.io.FuzzFile.Op;

/**
 * Writes the fuzz corpus of issue 7 into a directory: for each kind of input file its valid seed,
 * every named mutation of it, the byte-level mutations, and seeded random combinations of them.
 * Nothing is committed: the large files (3 MB fields, 100,000 brackets, binary) are made here.
 */
final class FuzzCorpus {
    /** Fixed, so every run writes the same files; {@code -Dfuzz.seed=N} explores other combinations. */
    static final long SEED = Long.getLong("fuzz.seed", 7);
    static final int COMBINATIONS = 12;

    private FuzzCorpus() {
    }

    static List<FuzzFile> write(Path dir) throws IOException {
        Random random = new Random(SEED);
        List<FuzzFile> files = new ArrayList<>();
        write(dir, Kind.EVENTS_CSV, mutants(FuzzCsv::seed, FuzzCsvTable::render, FuzzCsv.ops(), false, random), files);
        write(dir, Kind.EVENTS_GEOJSON, mutants(() -> new FuzzJson(FuzzEventsJson.SEED), FuzzJson::render,
                FuzzEventsJson.ops(), true, random), files);
        write(dir, Kind.REGIONS, mutants(() -> new FuzzJson(FuzzRegionsJson.seed()), FuzzJson::render,
                FuzzRegionsJson.ops(), true, random), files);
        return files;
    }

    private static void write(Path dir, Kind kind, List<Mutant> mutants, List<FuzzFile> into) throws IOException {
        for (int i = 0; i < mutants.size(); i++) {
            Mutant m = mutants.get(i);
            Path file = dir.resolve(String.format("%s-%03d-%s%s", kind.label, i, fileSafe(m.name()), kind.extension));
            Files.write(file, m.bytes().get());
            into.add(new FuzzFile(kind, m.name(), file, m.expect()));
        }
    }

    /**
     * The seed, each op alone, each byte mutation of the seed, then combinations: two or three ops
     * on one seed, half of them followed by a byte mutation (never one that replaces the whole file).
     */
    static <T> List<Mutant> mutants(Supplier<T> seed, Function<T, String> render, List<Op<T>> ops, boolean json,
            Random random) {
        String seedText = render.apply(seed.get());
        List<Mutant> out = new ArrayList<>();
        out.add(new Mutant("seed", LOAD, () -> utf8(seedText)));
        for (Op<T> op : ops) {
            out.add(new Mutant(op.name(), op.expect(), () -> utf8(apply(seed, render, List.of(op)))));
        }
        out.addAll(FuzzBytes.mutants(seedText, json, random));
        List<FuzzBytes.Op> after = FuzzBytes.ops(random).stream().filter(op -> op.csv() != REFUSE).toList();
        for (int k = 0; k < COMBINATIONS; k++) {
            List<Op<T>> picked = new ArrayList<>();
            int n = 2 + random.nextInt(2);
            while (picked.size() < n) {
                Op<T> op = ops.get(random.nextInt(ops.size()));
                if (!picked.contains(op)) {
                    picked.add(op);
                }
            }
            FuzzBytes.Op bytes = random.nextBoolean() ? after.get(random.nextInt(after.size())) : null;
            String name = "combo-" + picked.stream().map(Op::name).collect(Collectors.joining("+"))
                    + (bytes == null ? "" : "+" + bytes.name());
            out.add(new Mutant(name, EITHER, () -> {
                byte[] b = utf8(apply(seed, render, picked));
                return bytes == null ? b : bytes.apply().apply(b);
            }));
        }
        return out;
    }

    private static <T> String apply(Supplier<T> seed, Function<T, String> render, List<Op<T>> ops) {
        T doc = seed.get();
        ops.forEach(op -> op.apply().accept(doc));
        return render.apply(doc);
    }

    /** Mutation names hold quotes, '=' and non-ASCII; file names keep a readable ASCII part. */
    private static String fileSafe(String name) {
        String s = name.replaceAll("[^A-Za-z0-9=+.-]+", "_");
        return s.length() > 60 ? s.substring(0, 60) : s;
    }
}
