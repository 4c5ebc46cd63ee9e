package org.cronomapa.render;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The current date: large haloed type at the top left, the subtitle below it. Defined once for
 * the raster (which stamps it from cached glyphs, {@link TextStamper}) and the vector targets.
 */
final class DateBadge {
    static final Color INK = Color.web("#1d1d1d");
    static final Color HALO = Color.web("#ffffffd0");

    private DateBadge() {
    }

    static double height(double ui) {
        return 58 * ui;
    }

    static Font font(double ui) {
        return Font.font("DejaVu Sans", FontWeight.BOLD, 40 * ui);
    }

    /** The halo's reach beyond the letters, in pixels. */
    static double halo(double ui) {
        return 3 * ui;
    }

    /** Where the text's left end and vertical centre go. */
    static double x(double ui) {
        return 16 * ui;
    }

    static double y(double ui) {
        return height(ui) / 2 + 4 * ui;
    }

    /** As a vector target draws it: the stamper's halo is a stroke twice its whole-pixel reach. */
    static TextStyle style(double ui) {
        return TextStyle.plain(font(ui), INK, TextAlignment.LEFT, VPos.CENTER)
                .withHalo(HALO, 2 * Math.ceil(halo(ui)));
    }
}
