package org.cronomapa.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.util.Duration;
import org.cronomapa.labels.Texts;
import org.cronomapa.model.EventType;
import org.cronomapa.state.ViewerState;
import org.cronomapa.timeline.Playback;

/**
 * The scale under the day slider, in one canvas spanning the slider's width: month ticks with
 * their names, week ticks (Mondays, with the day's number where there is room), and below them the
 * events per day stacked by type with the current day marked. Day {@code d} sits exactly under the
 * slider's thumb at {@code d}: the x of a day is computed as the slider's skin places its thumb.
 * Hovering tells the day's date and counts by type; a click moves the timeline to that day. Tab
 * reaches it too: while it has the focus, the same words for the timeline's day show over the scale
 * at the playhead and are its text for screen readers, and ←/→ (the window's keys) step the day.
 */
final class DayScale extends Region {
    /** Height of the bars below the ticks: readable from the back of a room, the map still large. */
    static final double BARS = 80;
    private final ViewerState state;
    private final Texts texts;
    private final Slider slider;
    private final Canvas canvas = new Canvas();
    private final Tooltip tip = new Tooltip();
    private final DayScalePainter painter;
    private Font font = Font.getDefault();

    DayScale(ViewerState state, Texts texts, Slider slider) {
        this.state = state;
        this.texts = texts;
        this.slider = slider;
        this.painter = new DayScalePainter(texts);
        canvas.setId("histogram");
        getStyleClass().add("day-scale");
        getChildren().add(canvas);
        tip.setShowDelay(Duration.millis(120));
        tip.setShowDuration(Duration.INDEFINITE);
        tip.setHideDelay(Duration.millis(100));
        tip.setText(texts.get("histogram.tooltip"));
        Tooltip.install(canvas, tip);
        canvas.setOnMouseMoved(e -> tip.setText(describe(dayAt(e.getX()))));
        canvas.setOnMouseClicked(this::clicked);
        setFocusTraversable(true);
        setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        setAccessibleText(texts.get("histogram.tooltip"));
        focusedProperty().addListener((o, was, is) -> {
            if (is) {
                tellDay();
            } else {
                tip.hide();
                tip.setAnchorLocation(javafx.stage.PopupWindow.AnchorLocation.WINDOW_TOP_LEFT); // the hover's place again
            }
        });
        state.timeline().dayProperty().addListener((o, a, b) -> {
            if (isFocused()) {
                tellDay();
            }
        });
        slider.layoutBoundsProperty().addListener(o -> requestLayout());
        slider.layoutXProperty().addListener(o -> requestLayout());
    }

    /** The words for the font of the labels (presentation mode's larger type reaches the ticks too). */
    void setFont(Font f) {
        if (f != null && !f.equals(font)) {
            font = f;
            requestLayout();
        }
    }

    Canvas canvas() {
        return canvas;
    }

    /** With the focus: the timeline's day in words, over the scale at the playhead and for screen readers. */
    private void tellDay() {
        int day = state.timeline().day();
        String words = describe(day);
        tip.setText(words);
        setAccessibleText(words);
        // Over the scale, its bottom-left corner at the playhead: the bars and the window's edge stay clear.
        javafx.geometry.Point2D at = canvas.localToScreen(xOf(day), 0);
        if (at != null && getScene() != null && getScene().getWindow() != null) {
            tip.setAnchorLocation(javafx.stage.PopupWindow.AnchorLocation.WINDOW_BOTTOM_LEFT);
            tip.show(this, at.getX(), at.getY() - 4);
        }
    }

    /** The hover tooltip (its words follow the mouse, or the day while the scale has the focus). */
    Tooltip tip() {
        return tip;
    }

    private double strip() {
        return Math.ceil(font.getSize() * 1.3) + 10;
    }

    @Override
    protected double computePrefHeight(double width) {
        return strip() + BARS;
    }

    @Override
    protected double computeMinHeight(double width) {
        return strip() + BARS / 2;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    /** The x, in this scale, of the slider's thumb centre at its minimum and at its maximum. */
    private double[] ends() {
        var thumb = slider.lookup(".thumb");
        double thumbWidth = thumb instanceof Region r ? snapSizeX(r.prefWidth(-1)) : 16;
        double offset = slider.getLayoutX() - getLayoutX();
        double start = offset + snapPositionX(slider.snappedLeftInset() + thumbWidth / 2);
        double length = snapSizeX(slider.getWidth() - slider.snappedLeftInset() - slider.snappedRightInset() - thumbWidth);
        return new double[] {start, start + length};
    }

    /** The x of a day's centre, where the thumb's centre is at that day. */
    double xOf(int day) {
        double[] ends = ends();
        double span = slider.getMax() - slider.getMin();
        return ends[0] + (ends[1] - ends[0]) * (day - slider.getMin()) / (span <= 0 ? 1 : span);
    }

    /** The day under x, within the slider's days. */
    int dayAt(double x) {
        double[] ends = ends();
        double width = Math.max(1, ends[1] - ends[0]);
        long day = Math.round(slider.getMin() + (x - ends[0]) / width * (slider.getMax() - slider.getMin()));
        Playback p = state.timeline().playback();
        return (int) Math.max(p.firstDay(), Math.min(p.lastDay(), day));
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && state.data().index() != null) {
            state.seek(dayAt(e.getX()));
        }
    }

    /** "11 December 2022 — 7 events: Roadblock 5, Clash 2", for the events the filter lets through. */
    String describe(int day) {
        var filtered = state.filter().filtered();
        String date = texts.date(LocalDate.ofEpochDay(day));
        if (filtered == null) {
            return date;
        }
        List<String> parts = new ArrayList<>();
        int total = 0;
        for (int t = 0; t < EventType.count(); t++) {
            int n = filtered.onDay(day, t);
            if (n > 0) {
                parts.add(texts.get("histogram.count", texts.type(EventType.ofIndex(t)), String.valueOf(n)));
                total += n;
            }
        }
        if (total == 0) {
            return texts.get("histogram.day.none", date);
        }
        return total == 1 ? texts.get("histogram.day.one", date, String.join(", ", parts))
                : texts.get("histogram.day", date, String.valueOf(total), String.join(", ", parts));
    }

    /** Redraws: ticks, bars and the current day (cheap; the counts are kept until the data or filter change). */
    void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        var filtered = state.filter().filtered();
        if (state.data().index() == null || filtered == null || w < 40) {
            return;
        }
        Playback p = state.timeline().playback();
        painter.paint(g, filtered, p.firstDay(), p.lastDay(), strip(), font, this::xOf);
        double px = xOf(state.timeline().day());
        g.setStroke(Color.web("#c0392b"));
        g.setLineWidth(3);
        g.strokeLine(px, strip() - 4, px, h);
    }

    /** The ticks for the days shown (the painter's). */
    List<DayScalePainter.Tick> ticks(int first, int last) {
        return painter.ticks(first, last);
    }


}
