package org.cronomapa.render;

import java.util.Arrays;
import org.cronomapa.model.EventType;

/**
 * The markers the last frame drew: screen centre, radius and dataset row of each, for
 * hit-testing and for counting what a frame shows.
 */
public final class DrawnMarkers {
    private float[] xs = new float[1024];
    private float[] ys = new float[1024];
    private float[] radii = new float[1024];
    private int[] rows = new int[1024];
    private byte[] types = new byte[1024];
    private byte[] sizes = new byte[1024];
    private short[] fades = new short[1024];
    private final int[] perType = new int[EventType.count()];
    private int size;
    private int copies;
    private boolean binned;

    void clear() {
        size = 0;
        copies = 0;
        binned = false;
        Arrays.fill(perType, 0);
    }

    /** A second marker for an event already drawn elsewhere (the capital inset): hit-testable, not counted. */
    void addCopy(float x, float y, float r, int row, int type, int sizeClass, int fade) {
        add(x, y, r, row, type, sizeClass, fade);
        perType[type]--;
        copies++;
    }

    void add(float x, float y, float r, int row, int type, int sizeClass, int fade) {
        if (size == xs.length) {
            int n = size * 2;
            xs = Arrays.copyOf(xs, n);
            ys = Arrays.copyOf(ys, n);
            radii = Arrays.copyOf(radii, n);
            rows = Arrays.copyOf(rows, n);
            types = Arrays.copyOf(types, n);
            sizes = Arrays.copyOf(sizes, n);
            fades = Arrays.copyOf(fades, n);
        }
        types[size] = (byte) type;
        sizes[size] = (byte) sizeClass;
        fades[size] = (short) fade;
        xs[size] = x;
        ys[size] = y;
        radii[size] = r;
        rows[size++] = row;
        perType[type]++;
    }

    /** Marks the frame as drawn by the density layer: its markers were counted in hexagons, not drawn. */
    void binned(boolean b) {
        binned = b;
    }

    /** Whether the frame showed hexagon bins instead of these markers (docs/decisions/0013). */
    public boolean binned() { return binned; }

    /** Markers on screen, copies included (for hit-testing). */
    public int size() { return size; }
    /** Events drawn, each counted once. */
    public int events() { return size - copies; }
    public int perType(int type) { return perType[type]; }
    public int row(int i) { return rows[i]; }
    public float x(int i) { return xs[i]; }
    public float y(int i) { return ys[i]; }
    int type(int i) { return types[i]; }
    int sizeClass(int i) { return sizes[i]; }
    int fade(int i) { return fades[i]; }

    /** The dataset row under the screen point, or -1 (always -1 when the frame showed density). */
    public int rowAt(double px, double py) {
        if (binned) {
            return -1;
        }
        int i = org.cronomapa.map.MarkerHit.find(xs, ys, radii, size, px, py, 2);
        return i < 0 ? -1 : rows[i];
    }
}
