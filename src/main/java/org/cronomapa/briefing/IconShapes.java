package org.cronomapa.briefing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cronomapa.model.EventType;
import org.cronomapa.render.Icons;

/**
 * The markers' icon paths ({@code icons/<type>.svg}, 24×24) as PDF path segments: move, line,
 * cubic curve, close. The icons use absolute M, L, H, V, A and Z (an arc becomes cubic Béziers of
 * at most a quarter turn each, as the SVG arc formula places it); anything else is refused when
 * the class loads, so a new icon cannot silently draw wrong.
 */
final class IconShapes {
    static final int MOVE = 0;
    static final int LINE = 1;
    static final int CURVE = 2;
    static final int CLOSE = 3;

    /** Ops and their points: MOVE x y, LINE x y, CURVE x1 y1 x2 y2 x3 y3, CLOSE. */
    record Shape(int[] ops, double[] points) {
    }

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z]|-?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");
    private static final Map<EventType, Shape> SHAPES = new EnumMap<>(EventType.class);

    static {
        for (EventType t : EventType.values()) {
            SHAPES.put(t, parse(Icons.path(t)));
        }
    }

    private IconShapes() {
    }

    static Shape of(EventType type) {
        return SHAPES.get(type);
    }

    static Shape parse(String d) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(d);
        while (m.find()) {
            tokens.add(m.group());
        }
        List<Integer> ops = new ArrayList<>();
        List<Double> pts = new ArrayList<>();
        double x = 0;
        double y = 0;
        double startX = 0;
        double startY = 0;
        char cmd = 0;
        int i = 0;
        while (i < tokens.size()) {
            String tok = tokens.get(i);
            if (Character.isLetter(tok.charAt(0))) {
                cmd = tok.charAt(0);
                i++;
                if (cmd == 'Z' || cmd == 'z') {
                    ops.add(CLOSE);
                    x = startX;
                    y = startY;
                }
                continue;
            }
            switch (cmd) {
                case 'M' -> {
                    x = num(tokens, i++);
                    y = num(tokens, i++);
                    startX = x;
                    startY = y;
                    ops.add(MOVE);
                    pts.add(x);
                    pts.add(y);
                    cmd = 'L'; // further pairs after M are lines
                }
                case 'L', 'H', 'V' -> {
                    if (cmd != 'V') {
                        x = num(tokens, i++);
                    }
                    if (cmd != 'H') {
                        y = num(tokens, i++);
                    }
                    ops.add(LINE);
                    pts.add(x);
                    pts.add(y);
                }
                case 'A' -> {
                    double rx = num(tokens, i++);
                    num(tokens, i++); // ry: the icons' arcs are circular
                    num(tokens, i++); // rotation: none for a circle
                    boolean large = num(tokens, i++) != 0;
                    boolean sweep = num(tokens, i++) != 0;
                    double x2 = num(tokens, i++);
                    double y2 = num(tokens, i++);
                    arc(x, y, rx, large, sweep, x2, y2, ops, pts);
                    x = x2;
                    y = y2;
                }
                default -> throw new IllegalStateException("icon path command '" + cmd + "' is not drawn in the PDF: " + d);
            }
        }
        return new Shape(ops.stream().mapToInt(Integer::intValue).toArray(),
                pts.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double num(List<String> tokens, int i) {
        return Double.parseDouble(tokens.get(i));
    }

    /** SVG's endpoint arc (implementation notes F.6.5, circle, no rotation) as cubic Béziers. */
    private static void arc(double x1, double y1, double r, boolean large, boolean sweep, double x2, double y2,
            List<Integer> ops, List<Double> pts) {
        double hx = (x1 - x2) / 2;
        double hy = (y1 - y2) / 2;
        double d2 = hx * hx + hy * hy;
        if (d2 == 0) {
            return;
        }
        r = Math.abs(r);
        if (d2 > r * r) {
            r = Math.sqrt(d2);
        }
        double coef = Math.sqrt(Math.max(0, (r * r - d2) / d2)) * (large != sweep ? 1 : -1);
        double cxp = coef * hy;
        double cyp = -coef * hx;
        double cx = cxp + (x1 + x2) / 2;
        double cy = cyp + (y1 + y2) / 2;
        double a0 = Math.atan2((hy - cyp) / r, (hx - cxp) / r);
        double delta = Math.atan2((-hy - cyp) / r, (-hx - cxp) / r) - a0;
        if (!sweep && delta > 0) {
            delta -= 2 * Math.PI;
        } else if (sweep && delta < 0) {
            delta += 2 * Math.PI;
        }
        int n = (int) Math.ceil(Math.abs(delta) / (Math.PI / 2) - 1e-9);
        double step = delta / n;
        for (int s = 0; s < n; s++) {
            double a = a0 + s * step;
            double b = a + step;
            double k = 4.0 / 3 * Math.tan(step / 4);
            ops.add(CURVE);
            pts.add(cx + r * (Math.cos(a) - k * Math.sin(a)));
            pts.add(cy + r * (Math.sin(a) + k * Math.cos(a)));
            pts.add(cx + r * (Math.cos(b) + k * Math.sin(b)));
            pts.add(cy + r * (Math.sin(b) - k * Math.cos(b)));
            pts.add(s == n - 1 ? x2 : cx + r * Math.cos(b));
            pts.add(s == n - 1 ? y2 : cy + r * Math.sin(b));
        }
    }
}
