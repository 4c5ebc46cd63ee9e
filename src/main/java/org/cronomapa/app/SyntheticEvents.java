package org.cronomapa.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.cronomapa.model.EventType;
import org.cronomapa.model.RegionMap;
import org.locationtech.jts.geom.Envelope;

/**
 * Writes a CSV of made-up events spread over the real regions and the real wave's 115 days, for
 * the benchmark. Each point is drawn inside its region's outline; a fixed seed makes runs repeatable.
 */
final class SyntheticEvents {
    static final LocalDate FIRST = LocalDate.of(2022, 12, 7);
    static final int DAYS = 115;

    private SyntheticEvents() {
    }

    static int run(Options o) throws IOException {
        Path file = o.path("--synthetic");
        int n = o.intIn("--events", o.has("--events") ? o.value("--events") : "100000", 1, 50_000_000);
        write(file, n, org.cronomapa.io.RegionsReader.bundled(), 42);
        org.cronomapa.labels.Texts texts = o.texts();
        System.out.println(texts.get("cli.wroteSynthetic", String.valueOf(n), file.toString()));
        return 0;
    }

    static void write(Path file, int n, RegionMap regions, long seed) throws IOException {
        Random rnd = new Random(seed);
        Envelope[] boxes = new Envelope[regions.size()];
        for (int r = 0; r < boxes.length; r++) {
            boxes[r] = regions.get(r).outline().getEnvelopeInternal();
        }
        org.cronomapa.io.AtomicFiles.writeText(file, w -> {
            w.write("id,date,type,region,lat,lon,fatalities,injured,count\n");
            for (int i = 0; i < n; i++) {
                int r = rnd.nextInt(regions.size());
                Envelope b = boxes[r];
                double lon;
                double lat;
                do {
                    // Rounded as written, so the reader tests exactly the point that was checked here.
                    lon = Math.round((b.getMinX() + rnd.nextDouble() * b.getWidth()) * 1e5) / 1e5;
                    lat = Math.round((b.getMinY() + rnd.nextDouble() * b.getHeight()) * 1e5) / 1e5;
                } while (!regions.regionContains(r, lon, lat));
                EventType type = EventType.ofIndex(rnd.nextInt(EventType.count()));
                int dead = type == EventType.KILLING ? 1 + rnd.nextInt(3) : 0;
                int count = type == EventType.ROADBLOCK ? rnd.nextInt(5) : 0;
                w.write("s" + i + ',' + FIRST.plusDays(rnd.nextInt(DAYS)) + ',' + type.code() + ','
                        + regions.get(r).code() + ',' + lat + ',' + lon
                        + ',' + dead + ',' + rnd.nextInt(3) + ',' + count + '\n');
            }
        });
    }
}
