package org.cronomapa.render;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/** The current date in large type at the top left, pre-drawn once per date text. */
final class DateBadge {
    private DateBadge() {
    }

    static double height(double ui) {
        return 58 * ui;
    }

    static Sprite draw(String text, double ui) {
        int w = (int) Math.ceil(560 * ui);
        int h = (int) Math.ceil(height(ui));
        Canvas canvas = new Canvas(w, h);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, 40 * ui));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setLineWidth(6 * ui);
        g.setStroke(Color.web("#ffffffd0"));
        g.strokeText(text, 16 * ui, h / 2.0 + 4 * ui);
        g.setFill(Color.web("#1d1d1d"));
        g.fillText(text, 16 * ui, h / 2.0 + 4 * ui);
        return Sprite.of(Snapshots.pixels(canvas, true), w, h);
    }
}
