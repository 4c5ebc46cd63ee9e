package org.cronomapa.render;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Draws large haloed text (the date) from glyphs rasterised once each, so a new date costs no
 * toolkit call after its characters have been seen. Halos go down first, then the letters, so
 * one glyph's halo never covers its neighbour.
 */
final class TextStamper {
    private final Font font;
    private final int halo;
    private final int cell;
    private final Map<Character, Glyph> glyphs = new HashMap<>();

    private record Glyph(Sprite halo, Sprite fill, double advance) {
    }

    TextStamper(Font font, double halo, String likelyCharacters) {
        this.font = font;
        this.halo = (int) Math.ceil(halo);
        this.cell = (int) Math.ceil(font.getSize() * 1.6 + 2 * halo);
        prepare(likelyCharacters);
    }

    /**
     * Rasterises many glyphs with one snapshot: halos on the top row of an atlas, letters below.
     * The cells are a cell apart, so a wide glyph's ink never reaches its neighbour's cell: each
     * glyph is the same pixels as when drawn alone ({@link #draw}), and a frame's date does not
     * depend on which dates the stamper saw first (the window's map equals an export's).
     */
    private void prepare(String characters) {
        String chars = characters.chars().distinct().mapToObj(c -> String.valueOf((char) c))
                .reduce("", String::concat);
        if (chars.isEmpty()) {
            return;
        }
        int step = 2 * cell;
        Canvas atlas = new Canvas(step * chars.length(), step * 2);
        GraphicsContext g = atlas.getGraphicsContext2D();
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        g.setLineWidth(2 * halo);
        g.setLineJoin(javafx.scene.shape.StrokeLineJoin.ROUND); // as every halo: no spikes out of sharp letters
        g.setStroke(DateBadge.HALO);
        g.setFill(DateBadge.INK);
        for (int i = 0; i < chars.length(); i++) {
            g.strokeText(chars.substring(i, i + 1), i * step + halo, cell / 2.0);
            g.fillText(chars.substring(i, i + 1), i * step + halo, step + cell / 2.0);
        }
        int[] pixels = Snapshots.pixels(atlas, true);
        Text t = new Text();
        t.setFont(font);
        for (int i = 0; i < chars.length(); i++) {
            t.setText(chars.substring(i, i + 1));
            glyphs.put(chars.charAt(i), new Glyph(Sprite.cut(pixels, step * chars.length(), i * step, 0, cell, cell),
                    Sprite.cut(pixels, step * chars.length(), i * step, step, cell, cell), t.getLayoutBounds().getWidth()));
        }
    }

    /** Stamps {@code text} with its left end at x and its vertical centre at y. */
    void stamp(Raster raster, String text, double x, double y) {
        double pen = x;
        Glyph[] gs = new Glyph[text.length()];
        for (int i = 0; i < gs.length; i++) {
            gs[i] = glyphs.computeIfAbsent(text.charAt(i), this::draw);
        }
        for (int pass = 0; pass < 2; pass++) {
            pen = x;
            for (Glyph g : gs) {
                Sprite s = pass == 0 ? g.halo : g.fill;
                raster.stamp(s, (int) Math.round(pen) - halo + cell / 2, (int) Math.round(y), 255);
                pen += g.advance;
            }
        }
    }

    private Glyph draw(char c) {
        Text t = new Text(String.valueOf(c));
        t.setFont(font);
        double advance = t.getLayoutBounds().getWidth();
        return new Glyph(glyph(c, true), glyph(c, false), advance);
    }

    private Sprite glyph(char c, boolean haloPass) {
        Canvas canvas = new Canvas(cell, cell);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        if (haloPass) {
            g.setLineWidth(2 * halo);
            g.setLineJoin(javafx.scene.shape.StrokeLineJoin.ROUND); // as the atlas above: the same pixels either way
            g.setStroke(DateBadge.HALO);
            g.strokeText(String.valueOf(c), halo, cell / 2.0);
        } else {
            g.setFill(DateBadge.INK);
            g.fillText(String.valueOf(c), halo, cell / 2.0);
        }
        return Sprite.of(Snapshots.pixels(canvas, true), cell, cell);
    }
}
