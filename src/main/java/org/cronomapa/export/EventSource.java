package org.cronomapa.export;

import java.io.IOException;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.Event;

/**
 * The events an export writes, in order: the dataset's chosen rows. Records come from the
 * dataset's details without {@link Dataset#event}'s fallback: a window may show a stand-in for a
 * row it cannot re-read, but an export must fail rather than write the stand-in as data.
 */
record EventSource(Dataset data, int[] rows) {
    int size() {
        return rows.length;
    }

    Event get(int i) throws IOException {
        try {
            return data.details().event(data.events().detailKey(rows[i]));
        } catch (RuntimeException e) {
            throw new IOException(String.valueOf(e.getMessage()), e);
        }
    }
}
