package org.cronomapa.export;

import java.io.IOException;
import java.util.List;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.Event;

/**
 * The events an export writes, in order: the dataset's chosen rows. Records come from the
 * dataset's details without {@link Dataset#event}'s fallback: a window may show a stand-in for a
 * row it cannot re-read, but an export must fail rather than write the stand-in as data.
 */
record EventSource(Dataset data, int[] rows) {
    /** Rows fetched together, so a CSV is opened once per batch rather than once per row. */
    private static final int BATCH = 4096;

    /** Hands every event, in order, to {@code to}. */
    void forEach(EventConsumer to) throws IOException {
        for (int from = 0; from < rows.length; from += BATCH) {
            int[] keys = new int[Math.min(BATCH, rows.length - from)];
            for (int k = 0; k < keys.length; k++) {
                keys[k] = data.events().detailKey(rows[from + k]);
            }
            List<Event> batch;
            try {
                batch = data.details().events(keys);
            } catch (RuntimeException e) {
                throw new IOException(String.valueOf(e.getMessage()), e);
            }
            for (Event e : batch) {
                to.accept(e);
            }
        }
    }

    /** What takes each event: a sink, or a pass that measures the lists. */
    @FunctionalInterface
    interface EventConsumer {
        void accept(Event e) throws IOException;
    }
}
