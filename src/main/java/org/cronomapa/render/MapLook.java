package org.cronomapa.render;

import javafx.scene.paint.Color;

/**
 * The map's colours and strokes, in one of two looks: the standard one for screens and print,
 * and a high-contrast one for weak projectors (View → High contrast, presentation mode,
 * {@code --high-contrast}): near-black thick borders, opaque white panels, a ramp with saturated
 * ends, larger markers with dark outlines. The type colours (Okabe–Ito) and icon shapes are the
 * same in both, so a type reads the same in either look.
 *
 * @param markerScale markers are this much larger than in the standard look
 * @param markerOutline the outline of every marker, or null for the standard per-type outline
 * @param ramp the choropleth's colours, class 0 ("none") first, darker (and more intense) upwards
 */
public record MapLook(boolean highContrast, Color sea, Color contextLand, Color coast, double coastWidth,
        Color border, double borderWidth, Color label, Color labelHalo, double haloWidth, Color panel, Color ink,
        Color swatchEdge, double markerScale, Color markerOutline, double markerOutlineWidth, Color[] ramp) {

    public static final MapLook STANDARD = new MapLook(false, MapStyle.SEA, MapStyle.CONTEXT_LAND,
            Color.web("#c9c5bb"), 0.6, Color.web("#7a7a7a"), 1.0, MapStyle.LABEL, MapStyle.LABEL_HALO, 3,
            MapStyle.PANEL, Color.web("#333333"), Color.web("#8a8a8a"), 1.0, null, MarkerSprites.OUTLINE_WIDTH, new Color[] {
                Color.web("#f7f7f7"), Color.web("#e2d9ec"), Color.web("#c6b5dc"), Color.web("#a48bc6"),
                Color.web("#8060ab"), Color.web("#5f3b8f"), Color.web("#3f1d6b")});

    /** For a projector that washes out pale tints and thin lines. */
    public static final MapLook HIGH_CONTRAST = new MapLook(true, Color.web("#a9cdf2"), Color.web("#e3e3e3"),
            Color.web("#000000"), 1.2, Color.web("#111111"), 2.4, Color.BLACK, Color.WHITE, 4,
            Color.WHITE, Color.BLACK, Color.BLACK, 1.35, Color.web("#000000"), 2.2, new Color[] {
                Color.web("#ffffff"), Color.web("#f0d0ff"), Color.web("#d38cf5"), Color.web("#ae4ee0"),
                Color.web("#8717c4"), Color.web("#5a008f"), Color.web("#2a0047")});

    public static MapLook of(boolean highContrast) {
        return highContrast ? HIGH_CONTRAST : STANDARD;
    }

    /** A marker's outline colour in this look; a near-black icon keeps a white edge, or it would merge with it. */
    public Color outline(org.cronomapa.model.EventType type) {
        if (markerOutline == null || MapStyle.colour(type).getBrightness() < 0.3) {
            return MarkerSprites.outline(type);
        }
        return markerOutline;
    }

    /** Whether a marker of this radius gets an outline: in high contrast, all but the tiniest. */
    public boolean outlined(double radius) {
        return highContrast ? radius >= 2.5 : MarkerSprites.outlined(radius);
    }
}
