package org.cronomapa.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.cronomapa.model.EventType;

/**
 * The vector target: writes SVG 1.1 as text, with real paths (regions filled even-odd), text
 * elements (names, date, legend: searchable and selectable) and markers as their icons' paths.
 * Layers become named groups, clips {@code clipPath}s. It only builds a string; the caller writes
 * the file. Text needs the JavaFX toolkit to place baselines as the canvas does.
 */
public final class SvgTarget implements MapCanvas {
    private final StringBuilder out = new StringBuilder(1 << 16);
    private final Deque<Integer> saved = new ArrayDeque<>();
    private final Map<String, Integer> layerNames = new HashMap<>();
    private final Text measure = new Text();
    /** Groups (layers, clips, translations) not yet closed. */
    private int openGroups;
    private MapLook look = MapLook.STANDARD;
    private int clips;

    public SvgTarget(int width, int height) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height)
                // The canvas's defaults, where SVG's differ (miter limit 4), so joins look the same.
                .append("\" stroke-miterlimit=\"10\">\n");
    }

    /** The document so far, closed: every open group and the root element. */
    public String svg() {
        return out + "</g>\n".repeat(openGroups) + "</svg>\n";
    }

    @Override
    public void fill(MapPath path, Color colour) {
        out.append("<path d=\"");
        pathData(path);
        out.append('"');
        paint("fill", colour);
        out.append(" fill-rule=\"evenodd\"/>\n");
    }

    @Override
    public void stroke(MapPath path, Color colour, double width) {
        out.append("<path d=\"");
        pathData(path);
        out.append("\" fill=\"none\"");
        paint("stroke", colour);
        out.append(" stroke-width=\"").append(num(width)).append("\"/>\n");
    }

    private void pathData(MapPath path) {
        for (int r = 0; r < path.rings(); r++) {
            double[] xy = path.ringView(r);
            int n = xy.length;
            if (n >= 4 && xy[n - 2] == xy[0] && xy[n - 1] == xy[1]) {
                n -= 2; // the closing point repeats the first; Z closes the ring
            }
            out.append('M').append(num(xy[0])).append(' ').append(num(xy[1]));
            for (int i = 2; i < n; i += 2) {
                out.append(i == 2 ? "L" : " ").append(num(xy[i])).append(' ').append(num(xy[i + 1]));
            }
            out.append('Z');
        }
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Color colour) {
        rect(x, y, w, h, 0);
        paint("fill", colour);
        out.append("/>\n");
    }

    @Override
    public void polyline(double[] xy, Color colour, double width) {
        if (xy.length < 4) {
            return;
        }
        out.append("<polyline points=\"");
        for (int i = 0; i < xy.length; i += 2) {
            out.append(i == 0 ? "" : " ").append(num(xy[i])).append(',').append(num(xy[i + 1]));
        }
        out.append("\" fill=\"none\"");
        paint("stroke", colour);
        out.append(" stroke-width=\"").append(num(width)).append("\"/>\n");
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc, Color colour) {
        rect(x, y, w, h, arc / 2); // the canvas takes the corner's diameter, SVG its radius
        paint("fill", colour);
        out.append("/>\n");
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Color colour, double width) {
        rect(x, y, w, h, 0);
        out.append(" fill=\"none\"");
        paint("stroke", colour);
        out.append(" stroke-width=\"").append(num(width)).append("\"/>\n");
    }

    private void rect(double x, double y, double w, double h, double radius) {
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
                .append("\" height=\"").append(num(h)).append('"');
        if (radius > 0) {
            out.append(" rx=\"").append(num(radius)).append('"');
        }
    }

    @Override
    public void text(String text, double x, double y, TextStyle style) {
        Font font = style.font();
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(baseline(text, y, style)))
                .append("\" font-family=\"");
        escape(font.getFamily());
        out.append(", sans-serif\" font-size=\"").append(num(font.getSize())).append('"');
        if (font.getStyle().toLowerCase(java.util.Locale.ROOT).contains("bold")) {
            out.append(" font-weight=\"bold\"");
        }
        if (style.align() == TextAlignment.CENTER) {
            out.append(" text-anchor=\"middle\"");
        } else if (style.align() == TextAlignment.RIGHT) {
            out.append(" text-anchor=\"end\"");
        }
        paint("fill", style.fill());
        if (style.halo() != null) {
            // The halo is a stroke painted under the letters, as the canvas's strokeText then fillText.
            paint("stroke", style.halo());
            out.append(" stroke-width=\"").append(num(style.haloWidth()))
                    .append("\" stroke-linejoin=\"round\" paint-order=\"stroke\"");
        }
        out.append('>');
        escape(text);
        out.append("</text>\n");
    }

    /**
     * SVG places text by its alphabetic baseline; the canvas can also centre it or hang it from
     * its top. The offset comes from the same text layout the canvas uses (its line bounds).
     */
    private double baseline(String text, double y, TextStyle style) {
        if (style.baseline() == VPos.BASELINE) {
            return y;
        }
        measure.setFont(style.font());
        measure.setText(text);
        Bounds b = measure.getLayoutBounds();
        double drop = style.baseline() == VPos.TOP ? 0 : style.baseline() == VPos.CENTER ? b.getHeight() / 2
                : b.getHeight();
        return y - drop - b.getMinY();
    }

    @Override
    public void marker(EventType type, double cx, double cy, double radius, int alpha) {
        double k = 2 * radius / Icons.VIEW_BOX;
        out.append("<path class=\"marker ").append(type.code()).append("\" d=\"").append(Icons.path(type))
                .append("\" transform=\"translate(").append(num(cx - radius)).append(' ').append(num(cy - radius))
                .append(") scale(").append(num4(k)).append(")\"");
        paint("fill", MapStyle.colour(type));
        if (look.outlined(radius)) {
            paint("stroke", look.outline(type));
            out.append(" stroke-width=\"").append(num4(look.markerOutlineWidth() / k)).append('"');
        }
        if (alpha < 255) {
            // Group opacity, as the raster fades a whole stamped sprite (fill and outline together).
            out.append(" opacity=\"").append(num4(alpha / 255.0)).append('"');
        }
        out.append("/>\n");
    }

    @Override
    public void look(MapLook l) {
        this.look = l;
    }

    @Override
    public void save() {
        saved.push(openGroups);
    }

    @Override
    public void restore() {
        int to = saved.isEmpty() ? 0 : saved.pop();
        while (openGroups > to) {
            out.append("</g>\n");
            openGroups--;
        }
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        String id = "clip" + ++clips;
        out.append("<clipPath id=\"").append(id).append("\">");
        rect(x, y, w, h, 0);
        out.append("/></clipPath>\n<g clip-path=\"url(#").append(id).append(")\">\n");
        openGroups++;
    }

    @Override
    public void translate(double dx, double dy) {
        out.append("<g transform=\"translate(").append(num(dx)).append(' ').append(num(dy)).append(")\">\n");
        openGroups++;
    }

    @Override
    public void beginLayer(String name) {
        int seen = layerNames.merge(name, 1, Integer::sum);
        out.append("<g id=\"");
        escape(seen == 1 ? name : name + "-" + seen); // ids must be unique in a document
        out.append("\">\n");
        openGroups++;
    }

    @Override
    public void endLayer() {
        out.append("</g>\n");
        openGroups--;
    }

    /** A colour as #rrggbb plus an opacity attribute when it is not opaque. */
    private void paint(String attribute, Color c) {
        out.append(' ').append(attribute).append("=\"#").append(hex(c.getRed())).append(hex(c.getGreen()))
                .append(hex(c.getBlue())).append('"');
        if (c.getOpacity() < 1) {
            out.append(' ').append(attribute).append("-opacity=\"").append(num4(c.getOpacity())).append('"');
        }
    }

    private static String hex(double channel) {
        String h = Integer.toHexString((int) Math.round(channel * 255));
        return h.length() == 1 ? "0" + h : h;
    }

    /** Coordinates to a hundredth of a pixel: exact enough at 8000 px, and half the size of full doubles. */
    static String num(double v) {
        return fixed(v, 100);
    }

    private static String num4(double v) {
        return fixed(v, 10000);
    }

    private static String fixed(double v, long scale) {
        long r = Math.round(v * scale);
        StringBuilder s = new StringBuilder();
        if (r < 0) {
            s.append('-');
            r = -r;
        }
        s.append(r / scale);
        long frac = r % scale;
        if (frac != 0) {
            String digits = Long.toString(frac + scale); // "1" then the fraction's digits, zero-padded
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            s.append('.').append(digits, 1, end);
        }
        return s.toString();
    }

    /** Text and attribute values as XML: markup escaped, characters XML 1.0 forbids replaced. */
    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    boolean allowed = ch >= 0x20 && ch != 0xFFFE && ch != 0xFFFF || ch == '\t' || ch == '\n' || ch == '\r';
                    if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(ch).append(s.charAt(++i));
                    } else if (!allowed || Character.isSurrogate(ch)) {
                        out.append('\uFFFD');
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
    }
}
