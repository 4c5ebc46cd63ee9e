package org.cronomapa.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.cronomapa.io.AtomicFiles;
import org.cronomapa.io.EventSink;
import org.cronomapa.model.Dataset;

/**
 * The export stage for events: the chosen rows of a dataset, fed in one loop to the sink of the
 * format the file's name asks for, into a file written atomically (a failed export leaves no file
 * under the name, and the old one, if any, untouched). The rows are an argument so that a filter's
 * result plugs in as it is; today every caller passes {@link #allRows}.
 */
public final class EventExport {
    private EventExport() {
    }

    /** Every row in the dataset's order (by start day, file order within a day). */
    public static int[] allRows(Dataset data) {
        return IntStream.range(0, data.events().size()).toArray();
    }

    /**
     * Writes the events of {@code rows} to {@code target} and returns how many were written.
     *
     * @throws IllegalArgumentException when the target's extension names no {@link EventFormat}
     * @throws IOException when the file cannot be written, or an event cannot be read (a CSV moved
     *         since it was opened); the message names the file and the reason
     */
    public static int write(Dataset data, int[] rows, Path target) throws IOException {
        EventFormat format = EventFormat.of(target).orElseThrow(() -> new IllegalArgumentException(
                "cannot tell the format of " + target + ": its name must end in " + EventFormat.allExtensions()));
        EventSource events = new EventSource(data, rows);
        AtomicFiles.writeText(target, out -> {
            EventSink sink = format.open(out, events);
            events.forEach(sink::accept);
            sink.finish();
        });
        return rows.length;
    }
}
