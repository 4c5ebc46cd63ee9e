package org.cronomapa.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.textfield.TextFields;
import org.cronomapa.filter.Filter;
import org.cronomapa.labels.Texts;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.EventType;
import org.cronomapa.model.RegionMap;
import org.cronomapa.render.MapCanvas;
import org.cronomapa.state.ViewerState;
import org.cronomapa.timeline.TimeIndex;

/**
 * The filters: event types (each with its marker and how many the data holds), regions, a
 * minimum number of deaths and a text search. Every change is one command on the view state, so
 * the map, legend, histogram, charts and counts follow at once; the panel also follows the state
 * (a region shift-clicked on the map, a chip removed). The date range is the range slider above
 * the timeline.
 */
final class FilterPanel extends VBox {
    private final ViewerState state;
    private final Texts texts;
    private final CheckListView<EventType> types = new CheckListView<>();
    private final CheckListView<String> regions = new CheckListView<>();
    private final Spinner<Integer> minDeaths = new Spinner<>(0, 1000, 0);
    private final TextField search = TextFields.createClearableTextField();
    private boolean updating;

    FilterPanel(ViewerState state, Texts texts) {
        this.state = state;
        this.texts = texts;
        setSpacing(6);
        getStyleClass().add("filter-panel");
        types.setId("filter-types");
        regions.setId("filter-regions");
        minDeaths.setId("filter-min-deaths");
        search.setId("filter-search");
        search.setPromptText(texts.get("filter.search.prompt"));
        minDeaths.setEditable(true);
        types.setItems(FXCollections.observableArrayList(EventType.values()));
        types.setPrefHeight(8 * 26 + 4);
        types.setCellFactory(list -> new TypeCell());
        regions.setPrefHeight(220);
        Button clear = new Button(texts.get("filter.clear"));
        clear.setId("filter-clear");
        clear.setOnAction(e -> state.clearFilter());
        Label minDeathsLabel = new Label(texts.get("filter.minDeaths"));
        getChildren().addAll(heading(texts.get("filter.types"), types), types, heading(texts.get("filter.regions"), regions), regions,
                new HBox(6, minDeathsLabel, minDeaths), heading(texts.get("filter.search"), search), search, clear);
        minDeathsLabel.setLabelFor(minDeaths);
        types.getCheckModel().getCheckedItems().addListener((ListChangeListener<EventType>) c -> {
            if (!updating) {
                state.setTypes(types.getCheckModel().getCheckedItems());
            }
        });
        regions.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!updating) {
                state.setRegions(List.copyOf(regions.getCheckModel().getCheckedItems()));
            }
        });
        minDeaths.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                state.setMinDeaths(b);
            }
        });
        search.textProperty().addListener((o, a, b) -> {
            if (!updating) {
                state.setSearch(b);
            }
        });
        state.data().datasetProperty().addListener((o, a, b) -> fillRegions());
        state.filter().filterProperty().addListener((o, a, b) -> follow(b));
        fillRegions();
        follow(state.filter().filter());
    }

    /** A heading that also names the control under it (labelFor), for a screen reader. */
    private static Label heading(String text, javafx.scene.Node named) {
        Label l = new Label(text);
        l.setLabelFor(named);
        l.getStyleClass().add("filter-heading");
        return l;
    }

    private void fillRegions() {
        Dataset d = state.data().dataset();
        if (d == null) {
            return;
        }
        updating = true;
        try {
            List<String> codes = new ArrayList<>();
            codes.add(RegionMap.NATIONAL);
            d.regions().regions().forEach(r -> codes.add(r.code()));
            regions.setItems(FXCollections.observableArrayList(codes));
            List<String> names = texts.regionNames(d.regions());
            regions.setCellFactory(list -> new javafx.scene.control.cell.CheckBoxListCell<String>(
                    item -> regions.getItemBooleanProperty(item), new javafx.util.StringConverter<String>() {
                        @Override
                        public String toString(String code) {
                            return code == null ? "" : RegionMap.NATIONAL.equals(code) ? texts.get("filter.national")
                                    : names.get(d.regions().indexOf(code).orElse(0)) + " (" + code + ")";
                        }

                        @Override
                        public String fromString(String s) {
                            throw new UnsupportedOperationException();
                        }
                    }));
        } finally {
            updating = false;
        }
        follow(state.filter().filter());
        types.refresh();
    }

    /** Shows the filter the state holds, without sending it back. */
    private void follow(Filter f) {
        if (f == null) {
            return;
        }
        updating = true;
        try {
            types.getCheckModel().clearChecks();
            f.types().forEach(t -> types.getCheckModel().check(t));
            regions.getCheckModel().clearChecks();
            f.regions().forEach(r -> {
                if (regions.getItems().contains(r)) {
                    regions.getCheckModel().check(r);
                }
            });
            minDeaths.getValueFactory().setValue(f.minDeaths());
            if (!search.getText().strip().equals(f.search())) {
                search.setText(f.search());
            }
        } finally {
            updating = false;
        }
    }

    /** A type with its marker, its name and how many events of it the data holds. */
    private final class TypeCell extends ListCell<EventType> {
        private final javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox();
        private final Canvas icon = new Canvas(18, 18);

        @Override
        protected void updateItem(EventType t, boolean empty) {
            super.updateItem(t, empty);
            if (empty || t == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            box.selectedProperty().unbind();
            box.setSelected(types.getCheckModel().isChecked(t));
            box.setOnAction(e -> {
                if (box.isSelected()) {
                    types.getCheckModel().check(t);
                } else {
                    types.getCheckModel().clearCheck(t);
                }
            });
            icon.getGraphicsContext2D().clearRect(0, 0, 18, 18);
            MapCanvas.on(icon.getGraphicsContext2D()).marker(t, 9, 9, 7, 255);
            setGraphic(new HBox(6, box, icon, new Label(texts.type(t) + "  (" + total(t) + ")")));
            setText(null);
        }
    }

    private int total(EventType t) {
        TimeIndex index = state.data().index();
        if (index == null) {
            return 0;
        }
        int n = 0;
        for (int r = -1; r < index.regionCount(); r++) {
            n += index.cumulative(index.lastDay(), r, t.ordinal());
        }
        return n;
    }

    /** The parts of a filter as removable chips' words and the commands that remove them. */
    static List<Chip> chips(Filter f, Texts t, RegionMap map) {
        List<Chip> out = new ArrayList<>();
        if (!f.types().isEmpty()) {
            List<String> names = new ArrayList<>();
            EnumSet.copyOf(f.types()).forEach(x -> names.add(t.type(x)));
            out.add(new Chip(t.get("chip.types", String.join(", ", names)), s -> s.setTypes(Set.of())));
        }
        if (!f.regions().isEmpty()) {
            out.add(new Chip(t.get("chip.regions", String.join(", ", new TreeSet<>(f.regions()))), s -> s.setRegions(Set.of())));
        }
        if (f.minDeaths() > 0) {
            out.add(new Chip(t.get("chip.minDeaths", f.minDeaths()), s -> s.setMinDeaths(0)));
        }
        if (!f.search().isEmpty()) {
            out.add(new Chip(t.get("chip.search", f.search()), s -> s.setSearch("")));
        }
        if (f.from() != null || f.to() != null) {
            out.add(new Chip(t.get("chip.dates", f.from() == null ? "…" : t.date(f.from()), f.to() == null ? "…" : t.date(f.to())),
                    s -> s.setDateRange(null, null)));
        }
        return out;
    }

    /** One active part of the filter: what it says, and how to take it away. */
    record Chip(String words, java.util.function.Consumer<ViewerState> remove) {
    }
}
