package org.cronomapa.ui;

import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ChoiceBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.cronomapa.charts.DailyChart;
import org.cronomapa.charts.DailySeries;
import org.cronomapa.filter.Filtered;
import org.cronomapa.labels.ChartWords;
import org.cronomapa.labels.Texts;
import org.cronomapa.model.Dataset;
import org.cronomapa.state.ViewerState;

/**
 * The charts tab: the country's or a region's events a day, deaths so far and regions with
 * protests, drawn by the same {@link DailyChart} as the {@code --chart} files, with the current
 * day marked. It reads the filter's result and is rebuilt when the filter changes. Clicking a day
 * moves the timeline there.
 */
final class ChartView extends VBox {
    private static final int NATIONAL = DailySeries.NATIONAL;
    private final ViewerState state;
    private final Texts texts;
    private final Canvas canvas = new Canvas();
    private final ChoiceBox<Integer> scope = new ChoiceBox<>();
    private Function<Dataset, List<DailySeries.PublishedTotal>> published = d -> List.of();
    private DailySeries series;
    private org.cronomapa.charts.ChartLabels words;
    private DailyChart chart;

    ChartView(ViewerState state, Texts texts) {
        this.state = state;
        this.texts = texts;
        setSpacing(6);
        getStyleClass().add("chart-view");
        scope.setId("chart-scope");
        scope.setAccessibleText(texts.get("a11y.chartScope"));
        scope.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer r) {
                Dataset d = state.data().dataset();
                return r == null || d == null ? "" : r == NATIONAL ? texts.get("chart.scope.national")
                        : texts.regionNames(d.regions()).get(r);
            }

            @Override
            public Integer fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        scope.valueProperty().addListener((o, a, b) -> rebuild());
        Pane holder = new Pane(canvas);
        holder.setPrefHeight(460);
        // A canvas would size its pane, and the pane the canvas: the pane takes the tab's width instead.
        holder.setMinWidth(0);
        holder.setPrefWidth(10);
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        canvas.widthProperty().addListener(o -> rebuild());
        canvas.heightProperty().addListener(o -> draw());
        canvas.setId("chart-canvas");
        canvas.setOnMouseClicked(e -> {
            if (chart != null && series != null) {
                state.seek(series.firstDay() + chart.dayAt(e.getX()));
            }
        });
        getChildren().addAll(scope, holder);
        state.data().datasetProperty().addListener((o, a, b) -> resetScope());
        state.filter().filteredProperty().addListener((o, a, b) -> rebuild());
        state.timeline().dayProperty().addListener((o, a, b) -> draw());
        resetScope();
    }

    /** Where the published totals come from (the app knows which data is the bundled one). */
    void setPublished(Function<Dataset, List<DailySeries.PublishedTotal>> source) {
        this.published = source;
        rebuild();
    }

    /** What the tab shows: a region's index in the map, or {@link DailySeries#NATIONAL} for the country. */
    int scope() {
        Integer r = scope.getValue();
        return r == null ? NATIONAL : r;
    }

    private void resetScope() {
        Dataset d = state.data().dataset();
        if (d == null) {
            return;
        }
        List<Integer> choices = new java.util.ArrayList<>();
        choices.add(NATIONAL);
        for (int r = 0; r < d.regions().size(); r++) {
            choices.add(r);
        }
        scope.setItems(FXCollections.observableArrayList(choices));
        scope.setValue(NATIONAL);
        rebuild();
    }

    private void rebuild() {
        Dataset d = state.data().dataset();
        Integer r = scope.getValue();
        Filtered shown = state.filter().filtered();
        // While a new dataset is published its filtered result may still be the old one's: its own change rebuilds.
        if (d == null || r == null || shown == null || shown.index() != state.data().index()) {
            return;
        }
        series = r == NATIONAL ? DailySeries.national(shown, published.apply(d)) : DailySeries.region(shown, r);
        words = ChartWords.of(texts, series, d.regions()); // with the series: the day only moves its line
        draw();
    }

    private void draw() {
        if (series == null || canvas.getWidth() < 50 || canvas.getHeight() < 50) {
            return;
        }
        chart = new DailyChart(series.days(), canvas.getWidth(), canvas.getHeight());
        chart.paint(org.cronomapa.render.MapCanvas.on(canvas.getGraphicsContext2D()), series,
                words, state.timeline().day());
    }
}
