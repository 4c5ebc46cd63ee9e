package org.cronomapa.render;

import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.cronomapa.map.Viewport;
import org.cronomapa.model.Town;

/**
 * Towns to orient by when zoomed in: a dot and a name per town, more of them as the zoom grows
 * (a population threshold falling with the square of the zoom, so about as many per screen at
 * every zoom), placed largest first where the name overlaps nothing already on the map (region
 * names, legend, date, inset, other towns). A town whose name does not fit is left out, dot and
 * all. Part of the overlay: it changes only with the view (docs/decisions/0013).
 */
final class TownsLayer {
    /** Below this zoom (the capital inset's range) the map shows no towns. */
    static final double MIN_ZOOM = 1.6;
    private static final Color DOT = Color.web("#333333");
    private static final Color DOT_RING = Color.web("#ffffff");

    private TownsLayer() {
    }

    /** The smallest population labelled at this zoom; above every town's below {@link #MIN_ZOOM}. */
    static double minPopulation(double zoom) {
        return zoom < MIN_ZOOM ? Double.POSITIVE_INFINITY : 500_000 / (zoom * zoom);
    }

    /** Paints the towns that fit and reports how many it drew. */
    static int paint(MapCanvas c, RenderFrame f, double ui, LabelGrid taken) {
        Viewport v = f.viewport();
        double min = minPopulation(v.zoom());
        Font small = Font.font("DejaVu Sans", 10.5 * ui);
        Font large = Font.font("DejaVu Sans", FontWeight.BOLD, 11.5 * ui);
        Text measure = new Text();
        double dot = 2.5 * ui;
        int drawn = 0;
        for (Town t : f.regions().towns()) {
            if (t.population() < min) {
                break; // largest first
            }
            double x = v.screenX(t.lon());
            double y = v.screenY(t.lat());
            if (x < 0 || y < 0 || x > v.width() || y > v.height()) {
                continue;
            }
            Font font = t.population() >= 100_000 ? large : small;
            measure.setFont(font);
            measure.setText(t.name());
            Bounds b = measure.getLayoutBounds();
            double h = b.getHeight();
            double gap = dot + 2 * ui;
            // To the right of the dot, else to its left.
            double[] right = {x - dot, y - h / 2, x + gap + b.getWidth(), y + h / 2};
            double[] left = {x - gap - b.getWidth(), y - h / 2, x + dot, y + h / 2};
            boolean onRight = inside(right, v) && taken.tryPlace(right[0], right[1], right[2], right[3]);
            if (!onRight && !(inside(left, v) && taken.tryPlace(left[0], left[1], left[2], left[3]))) {
                continue;
            }
            c.fillRoundRect(x - dot - ui, y - dot - ui, 2 * (dot + ui), 2 * (dot + ui), 2 * (dot + ui), DOT_RING);
            c.fillRoundRect(x - dot, y - dot, 2 * dot, 2 * dot, 2 * dot, DOT);
            TextStyle style = TextStyle.plain(font, MapStyle.LABEL, onRight ? TextAlignment.LEFT : TextAlignment.RIGHT,
                    VPos.CENTER).withHalo(MapStyle.LABEL_HALO, 3);
            c.text(t.name(), onRight ? x + gap : x - gap, y, style);
            drawn++;
        }
        return drawn;
    }

    private static boolean inside(double[] box, Viewport v) {
        return box[0] >= 0 && box[1] >= 0 && box[2] <= v.width() && box[3] <= v.height();
    }

    /** The credit GeoNames' licence asks for, bottom right, in small type. */
    static void credit(MapCanvas c, Viewport v, String text, double ui) {
        c.text(text, v.width() - 8 * ui, v.height() - 8 * ui, TextStyle.plain(Font.font("DejaVu Sans", 9.5 * ui),
                Color.web("#555555"), TextAlignment.RIGHT, VPos.BOTTOM).withHalo(MapStyle.LABEL_HALO, 2));
    }
}
