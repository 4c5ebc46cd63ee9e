package org.cronomapa.export;

import java.io.IOException;

/**
 * Where an animation's frames go, in order: a GIF or an MP4 file. Each call is one drawn picture
 * (ARGB, row by row, the renderer's pixels) held for {@code repeats} frames of the frame rate, so a
 * day shown for several frames is drawn once (docs/decisions/0017). Called from one thread, never
 * the FX thread.
 */
public interface FrameSink extends AutoCloseable {
    void frame(int[] argb, int repeats) throws IOException;

    /** Writes what is left (the trailer, the index); the file is complete after it. */
    void finish() throws IOException;

    @Override
    void close() throws IOException;
}
