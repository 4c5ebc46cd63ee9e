package org.cronomapa.ui;

import org.cronomapa.labels.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.SkinBase;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.cronomapa.state.ViewerState;
import org.cronomapa.timeline.Playback;
import org.cronomapa.timeline.TimeIndex;

/**
 * Draws the {@link TimelineBar}: buttons on the left, the slider over its scale of months, weeks and
 * events per day ({@link DayScale}), the speed presets and loop on the right.
 */
final class TimelineBarSkin extends SkinBase<TimelineBar> {
    private final Slider slider = new Slider();
    private final org.controlsfx.control.RangeSlider range = new org.controlsfx.control.RangeSlider(0, 1, 0, 1);
    private final DayScale scale;
    private final Button play = new Button();
    private final SegmentedButton speed = new SegmentedButton();
    private HBox row;
    private final Label speedLabel = new Label();
    private final ToggleButton loop = new ToggleButton();
    private boolean updating;

    TimelineBarSkin(TimelineBar bar) {
        super(bar);
        ViewerState state = bar.state();
        Texts t = bar.texts();
        Button back = new Button(t.get("button.back"));
        Button forward = new Button(t.get("button.forward"));
        back.setOnAction(e -> state.stepDays(-1));
        forward.setOnAction(e -> state.stepDays(1));
        play.setOnAction(e -> state.togglePlay());
        play.getStyleClass().add("play-button");
        // Wide enough for both of its words in this language ("Reproducir" / "Pausa"), so switching
        // between them never truncates the label or shifts the slider.
        play.skinProperty().addListener((o, a, skin) -> fitBothLabels(play, t.get("button.play"), t.get("button.pause")));
        // Presentation mode's larger type changes the font: measured again, or "Reproducir" shows as "Repr…".
        play.fontProperty().addListener((o, a, font) -> fitBothLabels(play, t.get("button.play"), t.get("button.pause")));
        play.setId("play");
        back.setId("step-back");
        forward.setId("step-forward");
        for (Button b : new Button[] {play, back, forward}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        loop.setText(t.get("button.loop"));
        loop.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        loop.selectedProperty().addListener((o, a, b) -> state.setLoop(b));
        slider.setId("day-slider");
        slider.setAccessibleText(t.get("a11y.day"));
        slider.setMajorTickUnit(7);
        slider.setBlockIncrement(1);
        slider.valueProperty().addListener((o, a, b) -> {
            if (!updating) {
                bar.userSeek(b.doubleValue());
            }
        });
        slider.valueChangingProperty().addListener((o, a, changing) -> {
            if (changing) {
                state.pause();
            }
        });
        speed.setId("speed");
        speed.setAccessibleText(t.get("label.speed"));
        java.text.NumberFormat number = java.text.NumberFormat.getNumberInstance(t.locale());
        for (double preset : TimelineBar.SPEEDS) {
            ToggleButton b = new ToggleButton(t.get("speed.preset", number.format(preset)));
            b.setUserData(preset);
            b.setId("speed-" + String.valueOf(preset).replace(".0", "").replace('.', '_'));
            b.setAccessibleText(preset == 1 ? t.get("label.speed.one") : t.get("label.speed.value", number.format(preset)));
            b.setTooltip(new Tooltip(b.getAccessibleText()));
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            speed.getButtons().add(b);
        }
        speed.getToggleGroup().selectedToggleProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                state.setSpeed((Double) b.getUserData());
            } else if (!updating && b == null && a != null) {
                a.setSelected(true); // pressing the chosen speed again keeps it
            }
        });
        scale = new DayScale(state, t, slider);
        speedLabel.fontProperty().addListener((o, a, f) -> scale.setFont(f));
        scale.setFont(speedLabel.getFont());
        range.setId("date-range");
        range.setAccessibleText(t.get("filter.range"));
        range.setShowTickLabels(false);
        range.lowValueChangingProperty().addListener((o, a, changing) -> rangeMoved(changing));
        range.highValueChangingProperty().addListener((o, a, changing) -> rangeMoved(changing));
        Tooltip.install(range, new Tooltip(t.get("filter.range")));
        VBox track = new VBox(2, range, slider, scale);
        HBox.setHgrow(track, Priority.ALWAYS);
        Label speedHeader = new Label(t.get("label.speed"));
        speedHeader.setLabelFor(speed);
        VBox speedBox = new VBox(2, speedHeader, speed, speedLabel);
        row = new HBox(8, back, play, forward, track, speedBox, loop);
        row.setAlignment(Pos.CENTER);
        row.getStyleClass().add("timeline-row");
        getChildren().add(row);
        state.timeline().playbackProperty().addListener((o, a, b) -> sync());
        state.data().datasetProperty().addListener((o, a, b) -> {
            syncRange();
            sync();
            scale.draw();
        });
        state.filter().filteredProperty().addListener((o, a, b) -> {
            syncRange();
            scale.draw();
        });
        syncRange();
        sync();
    }

    private static void fitBothLabels(Button b, String one, String other) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        probe.setFont(b.getFont());
        double widest = 0;
        for (String s : new String[] {one, other}) {
            probe.setText(s);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        double w = Math.ceil(widest + b.snappedLeftInset() + b.snappedRightInset() + 8);
        b.setMinWidth(w);
        b.setPrefWidth(w);
    }

    private void sync() {
        ViewerState state = getSkinnable().state();
        Playback p = state.timeline().playback();
        Texts t = getSkinnable().texts();
        updating = true;
        try {
            slider.setMin(p.firstDay());
            slider.setMax(Math.max(p.firstDay() + 1, p.lastDay()));
            if (!slider.isValueChanging()) {
                slider.setValue(p.day());
            }
            for (javafx.scene.control.ToggleButton b : speed.getButtons()) {
                b.setSelected((Double) b.getUserData() == p.speed());
            }
            loop.setSelected(p.loop());
        } finally {
            updating = false;
        }
        play.setText(t.get(p.playing() ? "button.pause" : "button.play"));
        // Under the presets only when the speed is none of them (a remembered 3 days/s, say).
        boolean preset = java.util.Arrays.stream(TimelineBar.SPEEDS).anyMatch(v -> v == p.speed());
        speedLabel.setVisible(!preset);
        speedLabel.setManaged(!preset);
        speedLabel.setText(p.speed() == 1 ? t.get("label.speed.one")
                : t.get("label.speed.value", java.text.NumberFormat.getNumberInstance(t.locale()).format(p.speed())));
        drawPlayhead();
    }

    /**
     * The date range: its ends pause playback while dragged and, once let go, set the filter's
     * dates (an end back at the data's edge leaves that side open); it follows the filter too.
     */
    private void rangeMoved(boolean changing) {
        ViewerState state = getSkinnable().state();
        TimeIndex index = state.data().index();
        if (changing) {
            state.pause();
            return;
        }
        if (updating || index == null) {
            return;
        }
        int low = (int) Math.round(range.getLowValue());
        int high = (int) Math.round(range.getHighValue());
        java.time.LocalDate from = low <= index.firstDay() ? null : java.time.LocalDate.ofEpochDay(low);
        java.time.LocalDate to = high >= index.lastDay() ? null : java.time.LocalDate.ofEpochDay(high);
        try {
            state.setDateRange(from, to);
        } catch (IllegalArgumentException e) {
            syncRange(); // a range with no day of the data: the ends go back to the filter's
        }
    }

    private void syncRange() {
        ViewerState state = getSkinnable().state();
        TimeIndex index = state.data().index();
        if (index == null) {
            return;
        }
        var f = state.filter().filter();
        updating = true;
        try {
            range.setMin(index.firstDay());
            range.setMax(Math.max(index.firstDay() + 1, index.lastDay()));
            range.setLowValue(f.from() == null ? index.firstDay() : f.from().toEpochDay());
            range.setHighValue(f.to() == null ? index.lastDay() : f.to().toEpochDay());
        } finally {
            updating = false;
        }
    }

    private int lastPlayhead = Integer.MIN_VALUE;

    private void drawPlayhead() {
        int day = getSkinnable().state().timeline().day();
        if (day != lastPlayhead) {
            lastPlayhead = day;
            scale.draw();
        }
    }

    /** The row's height inside the bar's padding (SkinBase's own sum leaves the padding out: the scale was squeezed). */
    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + row.prefHeight(width < 0 ? -1 : width - left - right) + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return top + row.minHeight(width < 0 ? -1 : width - left - right) + bottom;
    }

    /** The scale under the slider (tests hover and click it). */
    DayScale scale() {
        return scale;
    }
}
