package org.cronomapa.io;

import java.io.IOException;
import org.cronomapa.model.Event;

/**
 * Where an export's events go, one at a time, in one file format. The export stage opens a sink
 * on a file it writes atomically, feeds it every chosen event in one loop and then finishes it;
 * the sink never sees a path, so it cannot leave a half-written file behind.
 */
public interface EventSink {
    void accept(Event e) throws IOException;

    /** Writes what closes the format (a JSON array's end) and flushes; the caller closes the file. */
    void finish() throws IOException;
}
