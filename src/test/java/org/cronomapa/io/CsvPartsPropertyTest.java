package org.cronomapa.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.cronomapa.TestData;
import org.cronomapa.model.EventColumns;

/**
 * Reading a CSV in many parts at once gives exactly what one pass gives: the same columns in the
 * same order, the same problems in the same order with the same line numbers, the same duplicate
 * ids, the same rows left out. Files mix good rows, bad ones, blank lines, quoted fields holding
 * commas and newlines (so cuts fall inside quotes), big counts and long events, repeated ids.
 */
class CsvPartsPropertyTest {
    private static final String HEADER = "id,date,end_date,type,region,lat,lon,fatalities,injured,count,description\n";
    private static final String[] GOOD = {
        "2023-01-09,,killing,PE-PUN,-15.5,-70.13,17,100,",
        "2023-01-19,2023-03-30,march,PE-LMA,-12.05,-77.04,0,3,",
        "2022-12-07,,roadblock,PE,-12.05,-77.04,0,,36",
        "2023-02-01,,clash,PE-CUS,-13.52,-71.97,300,70000,",
        "1950-06-01,2099-01-01,strike,PE-CUS,-13.52,-71.97,0,0,1000000",
    };
    private static final String[] BAD = {
        "2023-02-30,,march,PE-LMA,-12.05,-77.04,0,3,",
        "2023-01-09,,dance,PE-PUN,-15.5,-70.13,0,0,",
        "2023-01-09,,march,PE-PUN,-12.05,-77.04,0,0,",
        "2023-01-09,,march,PE-PUN,-15.5,-70.13,-1,0,",
        "2023-01-09,,march,PE-PUN",
    };
    private static final String[] DESCRIPTIONS = {"", "plain", "\"a, comma\"", "\"two\nlines, \"\"quoted\"\"\"",
        "\"three\nshort\nlines\"", "\"Muertes según la Defensoría\""};

    @Property(tries = 40)
    void manyPartsReadAsOnePass(@ForAll long seed, @ForAll @IntRange(min = 2, max = 16) int parts,
            @ForAll boolean skipBadRows, @ForAll @IntRange(min = 0, max = 3) int badness) throws Exception {
        Path file = Files.createTempFile("parts", ".csv");
        try {
            Files.writeString(file, csv(new Random(seed), badness), StandardCharsets.UTF_8);
            assertEquals(outcome(file, 1, skipBadRows), outcome(file, parts, skipBadRows), parts + " parts");
        } finally {
            Files.delete(file);
        }
    }

    /** A file of up to a few hundred rows; {@code badness} 0 has only good rows with unique ids. */
    private static String csv(Random rnd, int badness) {
        StringBuilder sb = new StringBuilder(HEADER);
        int rows = rnd.nextInt(400);
        for (int i = 0; i < rows; i++) {
            int roll = rnd.nextInt(100);
            if (roll < 3) {
                sb.append(rnd.nextBoolean() ? "\n" : "\r\n");
                continue;
            }
            String id = badness > 1 && roll < 6 ? "r" + rnd.nextInt(Math.max(1, i)) : "r" + i;
            String fields = badness > 0 && roll < 3 + 4 * badness ? BAD[rnd.nextInt(BAD.length)]
                    : GOOD[rnd.nextInt(GOOD.length)];
            sb.append(id).append(',').append(fields);
            if (fields.chars().filter(c -> c == ',').count() == 8) {
                sb.append(',').append(DESCRIPTIONS[rnd.nextInt(DESCRIPTIONS.length)]);
            }
            if (i < rows - 1 || rnd.nextBoolean()) {
                sb.append(rnd.nextInt(5) == 0 ? "\r\n" : "\n");
            }
        }
        if (badness == 3 && rnd.nextInt(4) == 0) {
            sb.append("late,2023-01-09,,march,PE-PUN,-15.5,-70.13,0,0,,\"never closed\n");
        }
        return sb.toString();
    }

    /** Everything a read tells: its columns and left-out rows, or its refusal. */
    private static List<Object> outcome(Path file, int parts, boolean skipBadRows) {
        List<Object> out = new ArrayList<>();
        try {
            Loaded l = CsvEvents.read(file, TestData.regions(), skipBadRows, parts);
            EventColumns c = l.dataset().events();
            for (int i = 0; i < c.size(); i++) {
                out.add(List.of(c.day(i), c.endDay(i), c.region(i), c.type(i), c.lon(i), c.lat(i), c.fatalities(i),
                        c.injured(i), c.count(i), c.detailKey(i), l.dataset().event(i).toString()));
            }
            out.add(c.maxDuration());
            out.add(l.skipped());
        } catch (InputFileException e) {
            out.add(e.problems());
            out.add(e.report());
        }
        return out;
    }
}
