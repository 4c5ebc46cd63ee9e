package org.cronomapa.ui;

import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;
import org.cronomapa.labels.Texts;
import org.cronomapa.map.DensityMode;
import org.cronomapa.state.ViewerState;
import org.cronomapa.timeline.Metric;
import org.cronomapa.timeline.TimeIndex;

/** The bar under the menus: the toolbar's choices, and the active filters as removable chips. */
final class WindowToolbar {
    private final ViewerState state;
    private final Texts texts;

    WindowToolbar(ViewerState state, Texts texts) {
        this.state = state;
        this.texts = texts;
    }

    /** Open data, Colour by, Window, Show, Reset view, then the export status line. */
    ToolBar toolbar(Runnable openData, javafx.scene.Node status) {
        Button open = new Button(texts.get("button.open"));
        open.setOnAction(e -> openData.run());
        Button reset = new Button(texts.get("button.resetView"));
        reset.setOnAction(e -> state.resetView());
        // Two exclusive buttons (ControlsFX's SegmentedButton): both choices are visible at once.
        ToggleButton events = new ToggleButton(texts.get("metric.events"));
        ToggleButton deaths = new ToggleButton(texts.get("metric.fatalities"));
        events.setUserData(Metric.EVENTS);
        deaths.setUserData(Metric.FATALITIES);
        SegmentedButton metric = new SegmentedButton(events, deaths);
        metric.setId("metric");
        (state.timeline().metric() == Metric.EVENTS ? events : deaths).setSelected(true);
        metric.getToggleGroup().selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true); // keep one metric chosen
            } else {
                state.setMetric((Metric) b.getUserData());
            }
        });
        ChoiceBox<Integer> window = new ChoiceBox<>(FXCollections.observableArrayList(1, 3, 7, 14, 30, TimeIndex.ALL_SO_FAR));
        window.setConverter(converter(d -> d == TimeIndex.ALL_SO_FAR ? texts.get("window.all")
                : d == 1 ? texts.get("window.day") : texts.get("window.days", d)));
        window.setValue(state.timeline().windowDays());
        window.valueProperty().addListener((o, a, b) -> state.setWindowDays(b));
        window.setId("window-choice");
        // Markers, density, or either by how many markers the screen holds; the D key steps through them.
        ChoiceBox<DensityMode> density = new ChoiceBox<>(FXCollections.observableArrayList(DensityMode.values()));
        density.setConverter(converter(m -> texts.get("density." + m.name())));
        density.setValue(state.layers().density());
        density.valueProperty().addListener((o, a, b) -> state.setDensityMode(b));
        state.layers().densityProperty().addListener((o, a, b) -> density.setValue(b));
        density.setId("density-choice");
        // Each choice is named by the label before it, for a screen reader as for the eye.
        Label metricLabel = new Label(texts.get("label.metric"));
        metricLabel.setLabelFor(metric);
        metric.setAccessibleText(texts.get("label.metric"));
        Label windowLabel = new Label(texts.get("label.window"));
        windowLabel.setLabelFor(window);
        Label densityLabel = new Label(texts.get("label.density"));
        densityLabel.setLabelFor(density);
        return new ToolBar(open, new Separator(), metricLabel, metric, windowLabel, window, densityLabel, density,
                new Separator(), reset, new Separator(), status);
    }

    /** Shows a choice's values in words (a choice box's converter; nothing is typed back). */
    static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /** A row of chips that follows the filter and the dataset; hidden while no filter is active. */
    FlowPane chips() {
        FlowPane chips = new FlowPane(6, 4);
        chips.setId("filter-chips");
        chips.getStyleClass().add("filter-chips");
        state.filter().filterProperty().addListener((o, a, b) -> showChips(chips));
        state.data().datasetProperty().addListener((o, a, b) -> showChips(chips));
        showChips(chips);
        return chips;
    }

    /** The active filters as chips; the × on a chip removes that part of the filter. */
    private void showChips(FlowPane chips) {
        var d = state.data().dataset();
        chips.getChildren().clear();
        if (d == null) {
            return;
        }
        for (FilterPanel.Chip c : FilterPanel.chips(state.filter().filter(), texts, d.regions())) {
            Button chip = new Button(c.words() + "  \u00d7");
            chip.getStyleClass().add("filter-chip");
            chip.setTooltip(new javafx.scene.control.Tooltip(texts.get("chip.remove")));
            chip.setOnAction(e -> c.remove().accept(state));
            chips.getChildren().add(chip);
        }
        chips.setVisible(!chips.getChildren().isEmpty());
        chips.setManaged(chips.isVisible());
    }
}
