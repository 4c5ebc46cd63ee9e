package org.cronomapa.render;

import java.util.Arrays;
import org.cronomapa.map.MarkerHit;
import org.cronomapa.model.EventType;

/**
 * The markers the last frame drew, in the order drawn (later ones cover earlier ones): screen
 * centre, radius and dataset row of each, for hit-testing and for counting what a frame shows.
 */
public final class DrawnMarkers {
    private float[] xs = new float[1024];
    private float[] ys = new float[1024];
    private float[] radii = new float[1024];
    /** Where each marker's event is: its centre unless fanned out (then a leader line joins the two). */
    private float[] trueXs = new float[1024];
    private float[] trueYs = new float[1024];
    private int[] rows = new int[1024];
    private byte[] types = new byte[1024];
    private byte[] sizes = new byte[1024];
    private short[] fades = new short[1024];
    private final int[] perType = new int[EventType.count()];
    private int size;
    private int copies;
    /** A box drawn over the markers before {@code coveredBelow} (the capital inset), hiding them inside it. */
    private float coverX0;
    private float coverY0;
    private float coverX1;
    private float coverY1;
    private int coveredBelow;
    private static final double SLACK = 2;
    private boolean binned;

    void clear() {
        size = 0;
        copies = 0;
        coveredBelow = 0;
        binned = false;
        Arrays.fill(perType, 0);
    }

    /** Becomes a copy of {@code other} (a frame handed from the render thread keeps its own markers). */
    public void copyFrom(DrawnMarkers other) {
        if (xs.length < other.size) {
            int n = other.xs.length;
            xs = new float[n];
            ys = new float[n];
            radii = new float[n];
            trueXs = new float[n];
            trueYs = new float[n];
            rows = new int[n];
            types = new byte[n];
            sizes = new byte[n];
            fades = new short[n];
        }
        int n = other.size;
        System.arraycopy(other.xs, 0, xs, 0, n);
        System.arraycopy(other.ys, 0, ys, 0, n);
        System.arraycopy(other.radii, 0, radii, 0, n);
        System.arraycopy(other.trueXs, 0, trueXs, 0, n);
        System.arraycopy(other.trueYs, 0, trueYs, 0, n);
        System.arraycopy(other.rows, 0, rows, 0, n);
        System.arraycopy(other.types, 0, types, 0, n);
        System.arraycopy(other.sizes, 0, sizes, 0, n);
        System.arraycopy(other.fades, 0, fades, 0, n);
        System.arraycopy(other.perType, 0, perType, 0, perType.length);
        size = n;
        copies = other.copies;
        coverX0 = other.coverX0;
        coverY0 = other.coverY0;
        coverX1 = other.coverX1;
        coverY1 = other.coverY1;
        coveredBelow = other.coveredBelow;
        binned = other.binned;
    }

    /** A box is drawn over everything drawn so far (the capital inset): what it covers cannot be picked. */
    void cover(float x0, float y0, float width, float height) {
        coverX0 = x0;
        coverY0 = y0;
        coverX1 = x0 + width;
        coverY1 = y0 + height;
        coveredBelow = size;
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
            trueXs = Arrays.copyOf(trueXs, n);
            trueYs = Arrays.copyOf(trueYs, n);
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
        trueXs[size] = x;
        trueYs[size] = y;
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
    public float radius(int i) { return radii[i]; }
    /** Where marker {@code i}'s event is; differs from its centre when it was fanned out. */
    public float trueX(int i) { return trueXs[i]; }
    public float trueY(int i) { return trueYs[i]; }
    /** Whether marker {@code i} was moved off its event's spot (and needs a leader line). */
    public boolean fanned(int i) { return xs[i] != trueXs[i] || ys[i] != trueYs[i]; }

    /** Moves marker {@code i}'s centre (a fan-out); its true spot stays. */
    void moveTo(int i, float x, float y) {
        xs[i] = x;
        ys[i] = y;
    }

    int type(int i) { return types[i]; }
    int sizeClass(int i) { return sizes[i]; }
    int fade(int i) { return fades[i]; }

    /** The dataset row of the marker drawn on top at the screen point, or -1. */
    public int rowAt(double px, double py) {
        if (binned) {
            return -1;
        }
        int i = MarkerHit.top(xs, ys, radii, firstVisible(px, py), size, px, py, SLACK);
        return i < 0 ? -1 : rows[i];
    }

    /** The dataset rows of every marker at the screen point, top-most first, each row once. */
    public int[] rowsAt(double px, double py) {
        if (binned) {
            return new int[0];
        }
        int[] hits = MarkerHit.stack(xs, ys, radii, firstVisible(px, py), size, px, py, SLACK);
        return Arrays.stream(hits).map(i -> rows[i]).distinct().toArray();
    }

    /** Where the markers of a dataset row were drawn (the main map, the inset's copy). */
    public int[] indicesOf(int row) {
        return java.util.stream.IntStream.range(0, size).filter(i -> rows[i] == row).toArray();
    }

    private int firstVisible(double px, double py) {
        return px >= coverX0 && px < coverX1 && py >= coverY0 && py < coverY1 ? coveredBelow : 0;
    }
}
