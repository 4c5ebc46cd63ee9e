package org.cronomapa.render;

import javafx.scene.paint.Color;
import org.cronomapa.model.EventType;

/**
 * How the map looks, defined once: colours per event type (Okabe–Ito, safe for colour-blind
 * readers), land, sea and borders, and how marker size follows magnitude.
 */
public final class MapStyle {
    static final Color SEA = Color.web("#dfe9f2");
    static final Color CONTEXT_LAND = Color.web("#eeece6");
    static final Color BORDER = Color.web("#ffffff");
    static final Color COAST = Color.web("#6b6b6b");
    static final Color LABEL = Color.web("#222222");
    static final Color LABEL_HALO = Color.web("#ffffffcc");
    static final Color PANEL = Color.web("#ffffffe0");

    private static final Color[] TYPE_COLOURS = {
        Color.web("#E69F00"), // roadblock
        Color.web("#56B4E9"), // strike
        Color.web("#009E73"), // march
        Color.web("#D55E00"), // clash
        Color.web("#111111"), // killing
        Color.web("#F0E442"), // attack_on_property
        Color.web("#0072B2"), // state_measure
        Color.web("#CC79A7"), // political
    };

    private MapStyle() {
    }

    public static Color colour(EventType type) {
        return TYPE_COLOURS[type.ordinal()];
    }

    /** Marker radii in pixels at scale 1, by size class. */
    static final int[] RADII = {6, 7, 9, 11, 14, 17, 21, 26};

    /**
     * Size class from magnitude: people killed weigh most, then the count carried (e.g. blocked
     * road points); square-root growth keeps large figures from covering the map.
     */
    static int sizeClass(int fatalities, int count) {
        double magnitude = fatalities * 4.0 + count;
        if (magnitude <= 0) {
            return 0;
        }
        int c = 1 + (int) (Math.sqrt(magnitude) / 1.2); // positive: the cast floors, without Math.floor's call
        return Math.min(RADII.length - 1, c);
    }

    /** Older markers in the window fade, so the newest read brightest. */
    static int fade(int ageDays, int windowDays) {
        int span = Math.max(1, Math.min(windowDays, 30));
        double t = Math.min(1.0, ageDays / (double) span);
        return (int) Math.round(255 - 150 * t);
    }

    /** Markers' outline, for vector targets outside this package (the briefing PDF): drawn from this radius up. */
    public static boolean markerOutlined(double radius) {
        return MarkerSprites.outlined(radius);
    }

    public static Color markerOutline(EventType type) {
        return MarkerSprites.outline(type);
    }

    /** The outline's width in pixels. */
    public static double markerOutlineWidth() {
        return MarkerSprites.OUTLINE_WIDTH;
    }
}
