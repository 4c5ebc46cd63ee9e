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
import org.cronomapa.filter.Filtered;
import org.cronomapa.filter.RegionTotals;
import org.cronomapa.labels.ChartWords;
import org.cronomapa.labels.Texts;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.EventColumns;
import org.cronomapa.model.EventType;
import org.cronomapa.render.MapCanvas;
import org.cronomapa.state.ViewerState;

/**
 * One region's panel: its totals up to the current day (events by type, deaths by kind, injured:
 * the {@link RegionTotals} {@code --summary} prints), its chart (the same {@link DailyChart} as the
 * Charts tab) and its events, sortable by date, type or deaths; choosing one selects it on the map
 * and moves the timeline to its day. All of it reads the filter's result: only events that pass
 * are counted, drawn and listed, and a filter change rebuilds the panel.
 */
final class RegionPanel extends VBox {
    private final ViewerState state;
    private final Texts texts;
    private final Label title = new Label();
    private final Label totals = new Label();
    private final Canvas canvas = new Canvas();
    private final TableView<Row> table = new TableView<>();
    private int region = -1;
    private DailySeries series;
    private org.cronomapa.charts.ChartLabels words;
    private Filtered seriesOf;
    private int seriesRegion = -1;

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
        table.setAccessibleText(texts.get("a11y.regionEvents"));
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
        state.filter().filteredProperty().addListener((o, a, b) -> show(region));
        show(-1);
    }

    /** A column that sorts by a value and shows a text (dates sort as days, not as words). */
    private static <V extends Comparable<V>> TableColumn<Row, Cell<V>> column(String name,
            java.util.function.Function<Row, V> sortBy, java.util.function.Function<Row, String> shown) {
        TableColumn<Row, Cell<V>> c = new TableColumn<>(name);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(new Cell<>(sortBy.apply(f.getValue()), shown.apply(f.getValue()))));
        // A narrow side panel wraps a long place or a Spanish date onto two lines rather than cutting it to "Aeropuer…".
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.text.Text words = new javafx.scene.text.Text();

            {
                words.wrappingWidthProperty().bind(col.widthProperty().subtract(10));
                words.getStyleClass().add("wrapped-cell-text");
            }

            @Override
            protected void updateItem(Cell<V> item, boolean empty) {
                super.updateItem(item, empty);
                words.setText(empty || item == null ? null : item.text());
                setGraphic(empty || item == null ? null : words);
                setAccessibleText(empty || item == null ? null : item.text());
            }
        });
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
        Filtered shown = shown();
        EventColumns e = d.events();
        for (int i = 0; shown != null && i < e.size(); i++) {
            if (e.region(i) == region && shown.shows(i)) {
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

    /** The filter's result for the data shown, or null while a new dataset's is not yet published. */
    private Filtered shown() {
        Filtered f = state.filter().filtered();
        return f == null || f.index() != state.data().index() ? null : f;
    }

    /** Totals up to the current day: the region's events by type, deaths by kind and injured. */
    private void updateTotals() {
        Dataset d = state.data().dataset();
        Filtered shown = shown();
        if (region < 0 || d == null || shown == null) {
            return;
        }
        int day = state.timeline().day();
        RegionTotals t = RegionTotals.of(d, shown, day, region);
        StringBuilder sb = new StringBuilder(texts.get("region.upTo", texts.date(java.time.LocalDate.ofEpochDay(day)))).append('\n');
        for (EventType type : EventType.values()) {
            if (t.events(type) > 0) {
                sb.append(texts.type(type)).append(": ").append(t.events(type)).append('\n');
            }
        }
        sb.append(texts.get("region.deaths", t.deaths())).append('\n');
        // A record without a kind is told as "other or unclear", as the details panel would.
        Map<String, Long> byKind = new LinkedHashMap<>();
        t.deathsByKind().forEach((k, n) -> byKind.merge(texts.deathKind(RegionTotals.UNSPECIFIED.equals(k) ? "other" : k),
                n.fatalities(), Long::sum));
        byKind.forEach((k, n) -> sb.append("  ").append(k).append(": ").append(n).append('\n'));
        sb.append(texts.get("region.injured", t.injured()));
        totals.setText(sb.toString());
    }

    private void drawChart() {
        Filtered shown = shown();
        if (region < 0 || shown == null || canvas.getWidth() < 50) {
            return;
        }
        // The series changes with the region or the filter, not with the day: only the day's line moves.
        if (series == null || seriesOf != shown || seriesRegion != region) {
            series = DailySeries.region(shown, region);
            words = ChartWords.of(texts, series, state.data().dataset().regions());
            seriesOf = shown;
            seriesRegion = region;
        }
        DailySeries s = series;
        new DailyChart(s.days(), canvas.getWidth(), canvas.getHeight()).paint(MapCanvas.on(canvas.getGraphicsContext2D()),
                s, words, state.timeline().day());
    }
}
