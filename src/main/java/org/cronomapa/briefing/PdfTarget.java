package org.cronomapa.briefing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.cronomapa.model.EventType;
import org.cronomapa.render.MapCanvas;
import org.cronomapa.render.MapPath;
import org.cronomapa.render.MapStyle;
import org.cronomapa.render.TextStyle;

/**
 * The third {@link MapCanvas}: draws onto a PDF page's content stream, so the map and the charts
 * are vector paths (sharp at any print size) and their words real text in an embedded font. The
 * layers' pixels are placed on the page by one transformation (origin and scale, y downwards as
 * on a canvas); regions are even-odd filled paths ({@code f*}), markers their icon's path, colours
 * with alpha through an extended graphics state (one per alpha, shared), clips and translations
 * the PDF's own ({@code q W n cm Q}). Text is set with the fonts of {@link PdfFonts}; its width and
 * baseline come from that font's metrics, so centred and right-aligned words sit as on a canvas.
 * A halo is the text stroked, then filled, as the canvas does.
 */
public final class PdfTarget implements MapCanvas {
    private final PDPageContentStream cs;
    private final PdfFonts fonts;
    private final Map<String, PDExtendedGraphicsState> alphas;
    private final double scale;
    private org.cronomapa.render.MapLook look = org.cronomapa.render.MapLook.STANDARD;

    /**
     * Places pixel (0, 0) at ({@code left}, {@code top}) points from the page's top-left corner,
     * one pixel being {@code scale} points; call {@link #finish} when done.
     */
    PdfTarget(PDPageContentStream cs, PdfFonts fonts, Map<String, PDExtendedGraphicsState> alphas, float pageHeight,
            double left, double top, double scale) {
        this(cs, fonts, alphas, new Matrix((float) scale, 0, 0, (float) -scale, (float) left, (float) (pageHeight - top)),
                scale);
    }

    private PdfTarget(PDPageContentStream cs, PdfFonts fonts, Map<String, PDExtendedGraphicsState> alphas, Matrix place,
            double scale) {
        this.cs = cs;
        this.fonts = fonts;
        this.alphas = alphas;
        this.scale = scale;
        io(() -> {
            cs.saveGraphicsState();
            cs.transform(place);
            cs.setMiterLimit(10); // the canvas's, as SvgTarget sets it
        });
    }

    /**
     * A target inside this one (a map or chart on a page): its pixel (0, 0) at ({@code left}, {@code top})
     * of this target, one of its pixels {@code scale} of this one's. {@link #finish} it before drawing here again.
     */
    PdfTarget inner(double left, double top, double scale) {
        return new PdfTarget(cs, fonts, alphas, new Matrix((float) scale, 0, 0, (float) scale, (float) left, (float) top),
                this.scale * scale);
    }

    /** A target with its own alpha states (a page drawn on its own). */
    PdfTarget(PDPageContentStream cs, PdfFonts fonts, float pageHeight, double left, double top, double scale) {
        this(cs, fonts, new HashMap<>(), pageHeight, left, top, scale);
    }

    /** Ends the placement begun by the constructor. */
    void finish() {
        io(cs::restoreGraphicsState);
    }

    double scale() {
        return scale;
    }

    @Override
    public void fill(MapPath path, Color colour) {
        io(() -> {
            fillColour(colour);
            rings(path);
            cs.fillEvenOdd();
        });
    }

    @Override
    public void stroke(MapPath path, Color colour, double width) {
        io(() -> {
            strokeColour(colour, width);
            rings(path);
            cs.stroke();
        });
    }

    private void rings(MapPath path) throws IOException {
        for (int r = 0; r < path.rings(); r++) {
            double[] xy = path.ring(r);
            int n = xy.length;
            if (n >= 4 && xy[n - 2] == xy[0] && xy[n - 1] == xy[1]) {
                n -= 2;
            }
            cs.moveTo((float) xy[0], (float) xy[1]);
            for (int i = 2; i < n; i += 2) {
                cs.lineTo((float) xy[i], (float) xy[i + 1]);
            }
            cs.closePath();
        }
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Color colour) {
        io(() -> {
            fillColour(colour);
            cs.addRect((float) x, (float) y, (float) w, (float) h);
            cs.fill();
        });
    }

    @Override
    public void polyline(double[] xy, Color colour, double width) {
        if (xy.length < 4) {
            return;
        }
        io(() -> {
            strokeColour(colour, width);
            cs.moveTo((float) xy[0], (float) xy[1]);
            for (int i = 2; i < xy.length; i += 2) {
                cs.lineTo((float) xy[i], (float) xy[i + 1]);
            }
            cs.stroke();
        });
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc, Color colour) {
        io(() -> {
            fillColour(colour);
            roundRect(x, y, w, h, Math.min(arc / 2, Math.min(w, h) / 2)); // arc is the corner's diameter
            cs.fill();
        });
    }

    private void roundRect(double x, double y, double w, double h, double r) throws IOException {
        if (r <= 0) {
            cs.addRect((float) x, (float) y, (float) w, (float) h);
            return;
        }
        double k = r * 0.5523; // a quarter circle's control distance
        cs.moveTo((float) (x + r), (float) y);
        cs.lineTo((float) (x + w - r), (float) y);
        curve(x + w - r + k, y, x + w, y + r - k, x + w, y + r);
        cs.lineTo((float) (x + w), (float) (y + h - r));
        curve(x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h);
        cs.lineTo((float) (x + r), (float) (y + h));
        curve(x + r - k, y + h, x, y + h - r + k, x, y + h - r);
        cs.lineTo((float) x, (float) (y + r));
        curve(x, y + r - k, x + r - k, y, x + r, y);
        cs.closePath();
    }

    private void curve(double x1, double y1, double x2, double y2, double x3, double y3) throws IOException {
        cs.curveTo((float) x1, (float) y1, (float) x2, (float) y2, (float) x3, (float) y3);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Color colour, double width) {
        io(() -> {
            strokeColour(colour, width);
            cs.addRect((float) x, (float) y, (float) w, (float) h);
            cs.stroke();
        });
    }

    @Override
    public void text(String text, double x, double y, TextStyle style) {
        boolean bold = style.font().getStyle().toLowerCase(Locale.ROOT).contains("bold");
        text(text, x, y, style.font().getSize(), bold, style.fill(), style.halo(), style.haloWidth(), style.align(),
                style.baseline());
    }

    /**
     * Text at (x, y) in this target's pixels, aligned as a canvas aligns it; returns its width.
     * A null halo draws none.
     */
    double text(String text, double x, double y, double size, boolean bold, Color fill, Color halo, double haloWidth,
            TextAlignment align, VPos baseline) {
        PDFont font = fonts.font(bold);
        String safe = fonts.safe(text, font);
        if (safe.isEmpty()) {
            return 0;
        }
        return ioGet(() -> {
            double width = fonts.width(safe, font) * size;
            double left = align == TextAlignment.CENTER ? x - width / 2 : align == TextAlignment.RIGHT ? x - width : x;
            double ascent = fonts.ascent(font) * size;
            double descent = fonts.descent(font) * size;
            double base = baseline == VPos.TOP ? y + ascent
                    : baseline == VPos.CENTER ? y - (ascent + descent) / 2 + ascent
                    : baseline == VPos.BOTTOM ? y - descent : y;
            if (halo != null && haloWidth > 0) {
                strokeColour(halo, haloWidth);
                cs.setLineJoinStyle(1); // round, as the canvas's halos: a mitred one spikes out of sharp letters
                show(safe, font, size, left, base, RenderingMode.STROKE);
                cs.setLineJoinStyle(0);
            }
            fillColour(fill);
            show(safe, font, size, left, base, RenderingMode.FILL);
            return width;
        });
    }

    private void show(String safe, PDFont font, double size, double x, double y, RenderingMode mode)
            throws IOException {
        cs.beginText();
        cs.setFont(font, (float) size);
        cs.setRenderingMode(mode);
        // The page's y runs down here; the text matrix flips it back, so letters stand upright.
        cs.setTextMatrix(new Matrix(1, 0, 0, -1, (float) x, (float) y));
        cs.showText(safe);
        cs.endText();
    }

    /** The text's width in this target's pixels. */
    double textWidth(String text, double size, boolean bold) {
        PDFont font = fonts.font(bold);
        return ioGet(() -> fonts.width(fonts.safe(text, font), font) * size);
    }

    @Override
    public void look(org.cronomapa.render.MapLook l) {
        this.look = l;
    }

    @Override
    public void marker(EventType type, double cx, double cy, double radius, int alpha) {
        double k = 2 * radius / org.cronomapa.render.Icons.VIEW_BOX;
        double ox = cx - radius;
        double oy = cy - radius;
        IconShapes.Shape shape = IconShapes.of(type);
        Color fill = fade(MapStyle.colour(type), alpha);
        boolean outlined = look.outlined(radius);
        io(() -> {
            fillColour(fill);
            if (outlined) {
                strokeColour(fade(look.outline(type), alpha), look.markerOutlineWidth());
            }
            double[] p = shape.points();
            int j = 0;
            for (int op : shape.ops()) {
                switch (op) {
                    case IconShapes.MOVE -> cs.moveTo((float) (ox + k * p[j++]), (float) (oy + k * p[j++]));
                    case IconShapes.LINE -> cs.lineTo((float) (ox + k * p[j++]), (float) (oy + k * p[j++]));
                    case IconShapes.CURVE -> {
                        curve(ox + k * p[j], oy + k * p[j + 1], ox + k * p[j + 2], oy + k * p[j + 3], ox + k * p[j + 4],
                                oy + k * p[j + 5]);
                        j += 6;
                    }
                    default -> cs.closePath();
                }
            }
            if (outlined) {
                cs.fillAndStrokeEvenOdd();
            } else {
                cs.fillEvenOdd();
            }
        });
    }

    /** The raster fades the whole stamped sprite; here fill and outline each take the alpha. */
    private static Color fade(Color c, int alpha) {
        return alpha >= 255 ? c : new Color(c.getRed(), c.getGreen(), c.getBlue(), c.getOpacity() * alpha / 255.0);
    }

    @Override
    public void save() {
        io(cs::saveGraphicsState);
    }

    @Override
    public void restore() {
        io(cs::restoreGraphicsState);
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        io(() -> {
            cs.addRect((float) x, (float) y, (float) w, (float) h);
            cs.clip();
        });
    }

    @Override
    public void translate(double dx, double dy) {
        io(() -> cs.transform(Matrix.getTranslateInstance((float) dx, (float) dy)));
    }

    private void fillColour(Color c) throws IOException {
        cs.setNonStrokingColor((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue());
        alpha("f", c.getOpacity());
    }

    private void strokeColour(Color c, double width) throws IOException {
        cs.setStrokingColor((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue());
        cs.setLineWidth((float) width);
        alpha("s", c.getOpacity());
    }

    /** Sets the fill ("f") or stroke ("s") alpha, to three decimals; one shared state per value. */
    private void alpha(String which, double opacity) throws IOException {
        long a = Math.round(opacity * 1000);
        PDExtendedGraphicsState gs = alphas.computeIfAbsent(which + a, k -> {
            PDExtendedGraphicsState s = new PDExtendedGraphicsState();
            if (which.equals("f")) {
                s.setNonStrokingAlphaConstant(a / 1000f);
            } else {
                s.setStrokingAlphaConstant(a / 1000f);
            }
            return s;
        });
        cs.setGraphicsStateParameters(gs);
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private interface IoValue<T> {
        T get() throws IOException;
    }

    private static void io(IoAction a) {
        try {
            a.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T ioGet(IoValue<T> a) {
        try {
            return a.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
