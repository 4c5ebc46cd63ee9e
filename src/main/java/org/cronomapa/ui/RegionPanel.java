package org.cronomapa.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.cronomapa.charts.DailyChart;
import org.cronomapa.charts.DailySeries;
import org.cronomapa.labels.ChartWords;
import org.cronomapa.labels.Texts;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.EventColumns;
import org.cronomapa.model.EventType;
import org.cronomapa.render.MapCanvas;
import org.cronomapa.state.ViewerState;
import org.cronomapa.timeline.TimeIndex;

/**
 * One region's panel: its totals up to the current day (events by type, deaths by kind, injured),
 * its chart (the same {@link DailyChart} as the Charts tab) and its events, sortable by date,
 * type or deaths; choosing one selects it on the map and moves the timeline to its day.
 */
final class RegionPanel extends VBox {
    private final ViewerState state;
    private final Texts texts;
    private final Label title = new Label();
    private final Label totals = new Label();
    private final Canvas canvas = new Canvas();
    private final TableView<Row> table = new TableView<>();
    private int region = -1;

    /** One event in the list: its row in the dataset and what the columns show. */
    record Row(int row, int day, String date, String type, String place, int deaths) {
    }

    RegionPanel(ViewerState state, Texts texts) {
        this.state = state;
        this.texts = texts;
        setSpacing(6);
        getStyleClass().add("region-panel");
        title.getStyleClass().add("details-title");
        totals.setWrapText(true);
        totals.setId("region-totals");
        Pane holder = new Pane(canvas);
        holder.setPrefHeight(260);
        holder.setMinWidth(0);
        holder.setPrefWidth(10);
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        canvas.widthProperty().addListener(o -> drawChart());
        canvas.setOnMouseClicked(e -> {
            if (region >= 0 && state.data().index() != null) {
                DailyChart c = new DailyChart(state.data().index().days(), canvas.getWidth(), canvas.getHeight());
                state.seek(state.data().index().firstDay() + c.dayAt(e.getX()));
            }
        });
        table.setId("region-events");
        table.getColumns().add(column(texts.get("region.column.date"), Row::day, Row::date));
        table.getColumns().add(column(texts.get("region.column.type"), Row::type, Row::type));
        table.getColumns().add(column(texts.get("region.column.place"), Row::place, Row::place));
        table.getColumns().add(column(texts.get("region.column.deaths"), Row::deaths, r -> Integer.toString(r.deaths())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, chosen) -> {
            if (chosen != null) {
                state.seek(chosen.day());
                state.select(chosen.row());
            }
        });
        table.setPrefHeight(260);
        getChildren().addAll(title, totals, holder, table);
        state.timeline().dayProperty().addListener((o, a, b) -> {
            updateTotals();
            drawChart();
        });
        state.data().datasetProperty().addListener((o, a, b) -> show(-1));
        show(-1);
    }

    /** A column that sorts by a value and shows a text (dates sort as days, not as words). */
    private static <V extends Comparable<V>> TableColumn<Row, Cell<V>> column(String name,
            java.util.function.Function<Row, V> sortBy, java.util.function.Function<Row, String> shown) {
        TableColumn<Row, Cell<V>> c = new TableColumn<>(name);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(new Cell<>(sortBy.apply(f.getValue()), shown.apply(f.getValue()))));
        return c;
    }

    /** A table cell's value: compared by {@code key}, printed as {@code text}. */
    record Cell<V extends Comparable<V>>(V key, String text) implements Comparable<Cell<V>> {
        @Override
        public int compareTo(Cell<V> o) {
            return key.compareTo(o.key);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    int region() {
        return region;
    }

    /** Shows a region (its index in the map), or the hint to click one for -1. */
    void show(int r) {
        Dataset d = state.data().dataset();
        region = d == null || r >= d.regions().size() ? -1 : r;
        if (region < 0) {
            title.setText(texts.get("region.none"));
            totals.setText("");
            table.setItems(FXCollections.observableArrayList());
            canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            return;
        }
        title.setText(texts.regionNames(d.regions()).get(region));
        List<Row> rows = new ArrayList<>();
        EventColumns e = d.events();
        for (int i = 0; i < e.size(); i++) {
            if (e.region(i) == region) {
                rows.add(new Row(i, e.day(i), texts.date(java.time.LocalDate.ofEpochDay(e.day(i))),
                        texts.type(EventType.ofIndex(e.type(i))), placeOf(d, i), e.fatalities(i)));
            }
        }
        table.setItems(FXCollections.observableArrayList(rows));
        updateTotals();
        drawChart();
    }

    private static String placeOf(Dataset d, int row) {
        String p = d.event(row).place();
        return p == null ? "" : p;
    }

    /** Totals up to the current day: the region's events by type, deaths by kind and injured. */
    private void updateTotals() {
        Dataset d = state.data().dataset();
        TimeIndex index = state.data().index();
        if (region < 0 || d == null || index == null) {
            return;
        }
        int day = state.timeline().day();
        StringBuilder sb = new StringBuilder(texts.get("region.upTo", texts.date(java.time.LocalDate.ofEpochDay(day)))).append('\n');
        for (int t = 0; t < EventType.count(); t++) {
            int n = index.cumulative(day, region, t);
            if (n > 0) {
                sb.append(texts.type(EventType.ofIndex(t))).append(": ").append(n).append('\n');
            }
        }
        Map<String, Integer> byKind = new LinkedHashMap<>();
        EventColumns e = d.events();
        for (int i = 0; i < e.size(); i++) {
            if (e.region(i) == region && e.fatalities(i) > 0 && e.day(i) <= day) {
                String kind = d.event(i).deathKind();
                byKind.merge(kind == null ? "other" : kind, e.fatalities(i), Integer::sum);
            }
        }
        sb.append(texts.get("region.deaths", index.cumulativeFatalities(day, region))).append('\n');
        byKind.forEach((k, n) -> sb.append("  ").append(texts.deathKind(k)).append(": ").append(n).append('\n'));
        sb.append(texts.get("region.injured", index.cumulativeInjured(day, region)));
        totals.setText(sb.toString());
    }

    private void drawChart() {
        TimeIndex index = state.data().index();
        if (region < 0 || index == null || canvas.getWidth() < 50) {
            return;
        }
        DailySeries s = DailySeries.region(index, region);
        new DailyChart(s.days(), canvas.getWidth(), canvas.getHeight()).paint(MapCanvas.on(canvas.getGraphicsContext2D()),
                s, ChartWords.of(texts, s, state.data().dataset().regions()), state.timeline().day());
    }
}
