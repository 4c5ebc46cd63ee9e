package org.cronomapa.render;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * A story caption as the exports draw it: wrapped type in a white box at the frame's bottom right,
 * the source line in smaller grey italics below it. The look follows the window's caption
 * ({@code .story-caption} in cronomapa.css: white at 90 %, a grey rule, dark text). Drawn once per
 * caption and size with a Canvas and kept as a sprite, so frames within one step only stamp it.
 */
final class CaptionBox {
    static final Color BOX = Color.rgb(255, 255, 255, 0.9);
    static final Color RULE = Color.web("#9a9a9a");
    static final Color INK = DateBadge.INK;
    static final Color SOURCE = Color.web("#4a4a4a");
    private Object key;
    private Sprite sprite;
    private int left;
    private int top;

    /** Stamps the caption onto the raster (nothing for null or an empty caption). */
    void stamp(Raster raster, StoryCaption caption, double ui) {
        if (caption == null || caption.text().isEmpty()) {
            return;
        }
        Object k = List.of(caption, raster.width(), raster.height(), ui);
        if (!k.equals(key)) {
            draw(caption, raster.width(), raster.height(), ui);
            key = k;
        }
        raster.stamp(sprite, left + sprite.width() / 2, top + sprite.height() / 2, 255);
    }

    static Font font(double ui) {
        return Font.font("DejaVu Sans", FontWeight.NORMAL, 17 * ui);
    }

    static Font sourceFont(double ui) {
        return Font.font("DejaVu Sans", FontWeight.NORMAL, FontPosture.ITALIC, 12.5 * ui);
    }

    /** The box's widest text line: about 40 % of the frame, never wider than reads comfortably. */
    static double textWidth(int width, double ui) {
        return Math.min(width * 0.42, 560 * ui);
    }

    private void draw(StoryCaption caption, int width, int height, double ui) {
        double pad = 10 * ui;
        double max = textWidth(width, ui);
        Font font = font(ui);
        Font small = sourceFont(ui);
        List<String> lines = wrap(caption.text(), font, max);
        List<String> source = caption.source().isEmpty() ? List.of() : wrap(caption.source(), small, max);
        double lineH = font.getSize() * 1.3;
        double smallH = small.getSize() * 1.3;
        double textW = 0;
        for (String l : lines) {
            textW = Math.max(textW, width(l, font));
        }
        for (String l : source) {
            textW = Math.max(textW, width(l, small));
        }
        int w = (int) Math.ceil(textW + 2 * pad);
        int h = (int) Math.ceil(lines.size() * lineH + (source.isEmpty() ? 0 : 4 * ui + source.size() * smallH) + 2 * pad);
        h = Math.min(h, height);
        Canvas canvas = new Canvas(w, h);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(BOX);
        g.fillRect(0, 0, w, h);
        g.setStroke(RULE);
        g.setLineWidth(Math.max(1, ui));
        g.strokeRect(0.5, 0.5, w - 1, h - 1);
        g.setTextBaseline(VPos.TOP);
        g.setFont(font);
        g.setFill(INK);
        double y = pad;
        for (String l : lines) {
            g.fillText(l, pad, y);
            y += lineH;
        }
        g.setFont(small);
        g.setFill(SOURCE);
        y += 4 * ui;
        for (String l : source) {
            g.fillText(l, pad, y);
            y += smallH;
        }
        sprite = Sprite.of(Snapshots.pixels(canvas, true), w, h);
        double margin = 12 * ui;
        left = (int) Math.round(width - margin - w);
        // above the towns credit line at the bottom right
        top = (int) Math.round(Math.max(0, height - 2.6 * margin - h));
    }

    private static double width(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    /** Words to lines no wider than {@code max}; a word wider than a line stands alone. */
    static List<String> wrap(String text, Font font, double max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(candidate, font) > max) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
