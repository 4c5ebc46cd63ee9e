package org.cronomapa.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.cronomapa.FxThread;
import org.cronomapa.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, item 6: the map reads for colour-blind viewers. The eight type colours are seen
 * through the Machado, Oliveira and Fernandes (2009) simulations of protanopia, deuteranopia and
 * tritanopia (severity 1); any two types must stay apart by CIEDE2000 or, where colour alone
 * cannot tell them apart, by their icon's shape. The choropleth ramps (standard and high
 * contrast) must darken monotonically, so they read in greyscale.
 */
class ColourVisionTest {
    /** Below this CIEDE2000 difference two small markers are hard to tell apart by colour alone. */
    static final double DISTINCT = 10;
    /** Below this even shape must not be asked to do all the work: the colours must not be identical. */
    static final double NOT_IDENTICAL = 3;
    /** Two icons differ in shape when this share of their combined area is covered by only one (circle and hexagon, the closest pair, differ by 0.116). */
    static final double SHAPE_DIFFERENCE = 0.10;

    private static final double[][] PROTANOPIA = {
        {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}};
    private static final double[][] DEUTERANOPIA = {
        {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}};
    private static final double[][] TRITANOPIA = {
        {1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}};
    private static final double[][] NORMAL = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};

    @Test
    void typesStayApartByColourOrShapeUnderEachColourBlindness() throws Exception {
        double[][] shapes = shapeDifferences();
        List<String> failures = new ArrayList<>();
        String[] names = {"normal", "protanopia", "deuteranopia", "tritanopia"};
        double[][][] sims = {NORMAL, PROTANOPIA, DEUTERANOPIA, TRITANOPIA};
        for (int s = 0; s < sims.length; s++) {
            for (EventType a : EventType.values()) {
                for (EventType b : EventType.values()) {
                    if (a.ordinal() >= b.ordinal()) {
                        continue;
                    }
                    double d = ciede2000(lab(simulate(sims[s], MapStyle.colour(a))), lab(simulate(sims[s], MapStyle.colour(b))));
                    if (d < NOT_IDENTICAL || d < DISTINCT && shapes[a.ordinal()][b.ordinal()] < SHAPE_DIFFERENCE) {
                        failures.add(names[s] + ": " + a.code() + " and " + b.code() + " differ by ΔE00 "
                                + String.format("%.1f", d));
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), "types a viewer cannot tell apart: " + failures);
    }

    @Test
    void everyTypeHasItsOwnIconShape() throws Exception {
        double[][] differ = shapeDifferences();
        for (EventType a : EventType.values()) {
            for (EventType b : EventType.values()) {
                if (a != b) {
                    assertTrue(differ[a.ordinal()][b.ordinal()] >= SHAPE_DIFFERENCE, a.code() + " and " + b.code()
                            + " share a shape: " + String.format("%.3f", differ[a.ordinal()][b.ordinal()]) + " of their area differs");
                }
            }
        }
    }

    @Test
    void rampsDarkenMonotonicallySoTheyReadInGreyscale() {
        for (MapLook look : new MapLook[] {MapLook.STANDARD, MapLook.HIGH_CONTRAST}) {
            Color[] ramp = look.ramp();
            for (int k = 1; k < ramp.length; k++) {
                double before = lab(ramp[k - 1])[0];
                double now = lab(ramp[k])[0];
                assertTrue(now < before - 5, (look.highContrast() ? "high contrast" : "standard") + " ramp step " + k
                        + ": lightness " + before + " then " + now);
            }
            // Every class a ramp draws, for any maximum, in order.
            for (double max : new double[] {1, 3, 12, 120, 5000}) {
                ColourRamp r = ColourRamp.forMax(max);
                for (int c = 1; c < r.classes(); c++) {
                    assertTrue(lab(r.colour(c, look))[0] < lab(r.colour(c - 1, look))[0], "max " + max + " class " + c);
                }
            }
        }
    }

    /** Each pair of icons: the share of their silhouettes' combined area (drawn at 64 px) covered by only one. */
    private static double[][] shapeDifferences() throws Exception {
        int size = 64;
        boolean[][] masks = FxThread.call(() -> {
            boolean[][] out = new boolean[EventType.count()][];
            for (EventType t : EventType.values()) {
                Canvas c = new Canvas(size, size);
                GraphicsContext g = c.getGraphicsContext2D();
                g.scale(size / Icons.VIEW_BOX, size / Icons.VIEW_BOX);
                g.beginPath();
                g.appendSVGPath(Icons.path(t));
                g.setFill(Color.BLACK);
                g.fill();
                int[] px = Snapshots.pixels(c, true);
                out[t.ordinal()] = new boolean[px.length];
                for (int i = 0; i < px.length; i++) {
                    out[t.ordinal()][i] = (px[i] >>> 24) > 127;
                }
            }
            return out;
        });
        double[][] differ = new double[masks.length][masks.length];
        for (int a = 0; a < masks.length; a++) {
            for (int b = 0; b < masks.length; b++) {
                int union = 0;
                int onlyOne = 0;
                for (int i = 0; i < masks[a].length; i++) {
                    union += masks[a][i] || masks[b][i] ? 1 : 0;
                    onlyOne += masks[a][i] != masks[b][i] ? 1 : 0;
                }
                differ[a][b] = union == 0 ? 0 : onlyOne / (double) union;
            }
        }
        return differ;
    }

    /** The colour as a viewer with that deficiency sees it: the matrix applied in linear RGB. */
    static Color simulate(double[][] m, Color c) {
        double[] lin = {linear(c.getRed()), linear(c.getGreen()), linear(c.getBlue())};
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = Math.max(0, Math.min(1, m[i][0] * lin[0] + m[i][1] * lin[1] + m[i][2] * lin[2]));
        }
        return Color.color(gamma(out[0]), gamma(out[1]), gamma(out[2]));
    }

    private static double linear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static double gamma(double v) {
        return v <= 0.0031308 ? v * 12.92 : 1.055 * Math.pow(v, 1 / 2.4) - 0.055;
    }

    /** CIE L*a*b* (D65) of an sRGB colour. */
    static double[] lab(Color c) {
        double r = linear(c.getRed());
        double g = linear(c.getGreen());
        double b = linear(c.getBlue());
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    /** CIEDE2000 colour difference (Sharma, Wu and Dalal 2005). */
    static double ciede2000(double[] lab1, double[] lab2) {
        double c1 = Math.hypot(lab1[1], lab1[2]);
        double c2 = Math.hypot(lab2[1], lab2[2]);
        double cMean = (c1 + c2) / 2;
        double g = 0.5 * (1 - Math.sqrt(Math.pow(cMean, 7) / (Math.pow(cMean, 7) + Math.pow(25, 7))));
        double a1 = (1 + g) * lab1[1];
        double a2 = (1 + g) * lab2[1];
        double cp1 = Math.hypot(a1, lab1[2]);
        double cp2 = Math.hypot(a2, lab2[2]);
        double h1 = hue(a1, lab1[2]);
        double h2 = hue(a2, lab2[2]);
        double dL = lab2[0] - lab1[0];
        double dC = cp2 - cp1;
        double dh = cp1 * cp2 == 0 ? 0 : Math.abs(h2 - h1) <= 180 ? h2 - h1 : h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 + 360;
        double dH = 2 * Math.sqrt(cp1 * cp2) * Math.sin(Math.toRadians(dh / 2));
        double lMean = (lab1[0] + lab2[0]) / 2;
        double cpMean = (cp1 + cp2) / 2;
        double hMean = cp1 * cp2 == 0 ? h1 + h2 : Math.abs(h1 - h2) <= 180 ? (h1 + h2) / 2
                : h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
        double t = 1 - 0.17 * Math.cos(Math.toRadians(hMean - 30)) + 0.24 * Math.cos(Math.toRadians(2 * hMean))
                + 0.32 * Math.cos(Math.toRadians(3 * hMean + 6)) - 0.20 * Math.cos(Math.toRadians(4 * hMean - 63));
        double sl = 1 + 0.015 * Math.pow(lMean - 50, 2) / Math.sqrt(20 + Math.pow(lMean - 50, 2));
        double sc = 1 + 0.045 * cpMean;
        double sh = 1 + 0.015 * cpMean * t;
        double dTheta = 30 * Math.exp(-Math.pow((hMean - 275) / 25, 2));
        double rc = 2 * Math.sqrt(Math.pow(cpMean, 7) / (Math.pow(cpMean, 7) + Math.pow(25, 7)));
        double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;
        return Math.sqrt(Math.pow(dL / sl, 2) + Math.pow(dC / sc, 2) + Math.pow(dH / sh, 2)
                + rt * (dC / sc) * (dH / sh));
    }

    private static double hue(double a, double b) {
        if (a == 0 && b == 0) {
            return 0;
        }
        double h = Math.toDegrees(Math.atan2(b, a));
        return h < 0 ? h + 360 : h;
    }

    @Test
    void ciede2000MatchesSharmasPublishedPairs() {
        // Pairs 1, 7 and 17 of Sharma, Wu and Dalal's test data.
        assertTrue(Math.abs(ciede2000(new double[] {50, 2.6772, -79.7751}, new double[] {50, 0, -82.7485}) - 2.0425) < 1e-3);
        assertTrue(Math.abs(ciede2000(new double[] {50, 0, 0}, new double[] {50, -1, 2}) - 2.3669) < 1e-3);
        assertTrue(Math.abs(ciede2000(new double[] {50, 2.5, 0}, new double[] {73, 25, -18}) - 27.1492) < 1e-3);
    }
}
