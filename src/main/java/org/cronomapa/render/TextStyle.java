package org.cronomapa.render;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * How one piece of map text looks: font, colour, an optional halo (a wide stroke drawn under the
 * letters so names stay legible over fills and borders) and where (x, y) sits on the text.
 */
public record TextStyle(Font font, Color fill, Color halo, double haloWidth, TextAlignment align, VPos baseline) {

    static TextStyle plain(Font font, Color fill, TextAlignment align, VPos baseline) {
        return new TextStyle(font, fill, null, 0, align, baseline);
    }

    TextStyle withHalo(Color colour, double width) {
        return new TextStyle(font, fill, colour, width, align, baseline);
    }
}
