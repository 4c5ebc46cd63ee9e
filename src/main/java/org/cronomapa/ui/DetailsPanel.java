package org.cronomapa.ui;

import org.cronomapa.labels.Texts;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.cronomapa.model.Event;
import org.cronomapa.model.Figure;
import org.cronomapa.state.ViewerState;

/**
 * The side panel: the selected event's dates, place, type, every figure with who reported it,
 * the precision of place and date in words, the description in the current language and the
 * sources, all selectable; with nothing selected, the window's national figures, each ringed on
 * the map while hovered.
 */
public final class DetailsPanel extends ScrollPane {
    private final ViewerState state;
    private final Texts texts;
    private final Consumer<String> openLink;
    private final IntConsumer highlight;
    private final VBox content = new VBox(8);
    /** The national figures listed while no event is selected (null while an event is shown). */
    private int[] shownNational;

    public DetailsPanel(ViewerState state, Texts texts, Consumer<String> openLink) {
        this(state, texts, openLink, row -> { });
    }

    /** {@code openLink} throws when it cannot open the address; {@code highlight} rings a row on the map (-1: none). */
    public DetailsPanel(ViewerState state, Texts texts, Consumer<String> openLink, IntConsumer highlight) {
        this.state = state;
        this.texts = texts;
        this.openLink = openLink;
        this.highlight = highlight;
        setId("details");
        content.getStyleClass().add("details-panel");
        setContent(content);
        setFitToWidth(true);
        setPrefWidth(330);
        setMinWidth(260);
        state.selection().selectedRowProperty().addListener((o, a, b) -> show());
        state.data().datasetProperty().addListener((o, a, b) -> show());
        state.timeline().dayProperty().addListener((o, a, b) -> {
            // Playback and drags change the day every few pulses: rebuild only when the list would change.
            if (state.selection().selectedRow() < 0 && !java.util.Arrays.equals(nationalRows(), shownNational)) {
                show();
            }
        });
        state.timeline().windowDaysProperty().addListener((o, a, b) -> show());
        state.filter().filteredProperty().addListener((o, a, b) -> {
            if (state.selection().selectedRow() < 0) {
                show();
            }
        });
        show();
    }

    private void show() {
        shownNational = null;
        content.getChildren().clear();
        Label title = new Label(texts.get("details.title"));
        title.getStyleClass().add("details-title");
        content.getChildren().add(title);
        int row = state.selection().selectedRow();
        if (row < 0 || state.data().dataset() == null) {
            Label hint = new Label(texts.get("details.empty"));
            hint.setWrapText(true);
            content.getChildren().add(hint);
            shownNational = nationalRows();
            showNationalFigures(shownNational);
            return;
        }
        Event e = state.data().dataset().event(row);
        GridPane grid = new GridPane();
        javafx.scene.layout.ColumnConstraints keys = new javafx.scene.layout.ColumnConstraints();
        keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        keys.setMaxWidth(130);
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keys, values);
        grid.setHgap(8);
        grid.setVgap(4);
        int r = 0;
        String date = texts.date(e.date()) + (e.endDate() == null ? "" : ", " + texts.get("details.until", texts.date(e.endDate())));
        r = add(grid, r, "details.date", date);
        r = add(grid, r, "details.type", texts.type(e.type()));
        r = add(grid, r, "details.place", e.place());
        r = add(grid, r, "details.road", e.details().road());
        r = add(grid, r, "details.region", regionName(e.region()));
        r = add(grid, r, "details.fatalities", EventText.range(e.fatalities(), e.fatalitiesMax()));
        r = add(grid, r, "details.injured", EventText.range(e.injured(), e.details().injuredMax()));
        if (e.count() > 0) {
            r = add(grid, r, "details.count", Integer.toString(e.count()));
        }
        if (e.deathKind() != null) {
            r = add(grid, r, "details.deathKind", texts.deathKind(e.deathKind()));
        }
        if (e.details().geoPrecision() > 0) {
            r = add(grid, r, "details.geoPrecision", texts.get("geoPrecision." + e.details().geoPrecision()));
        }
        if (e.details().timePrecision() > 0) {
            add(grid, r, "details.timePrecision", texts.get("timePrecision." + e.details().timePrecision()));
        }
        SelectableText description = wrapped(e.description(texts.spanish()));
        description.setId("details-description");
        content.getChildren().addAll(grid, description);
        if (e.details().unconfirmed()) {
            SelectableText warning = wrapped(texts.get("details.unconfirmed"));
            warning.getStyleClass().add("details-unconfirmed");
            content.getChildren().add(warning);
        }
        if (!e.figures().isEmpty()) {
            content.getChildren().add(key(texts.get("details.figures")));
            for (Figure f : e.figures()) {
                content.getChildren().add(wrapped("• " + f.by() + ": " + f.value() + " " + texts.field(f.field())));
            }
        }
        content.getChildren().addAll(key(texts.get("details.sources")), new SourceList(texts, openLink, e.sources()));
    }

    /**
     * The rows of the window's figures for the whole country that pass the filter (as the map's
     * markers do), newest first, at most 12; empty without data.
     */
    private int[] nationalRows() {
        var shown = state.filter().filtered();
        if (state.data().index() == null || shown == null) {
            return new int[0];
        }
        var visible = shown.at(state.timeline().day(), state.timeline().windowDays());
        var events = visible.events();
        var window = visible.window();
        int[] rows = new int[12];
        int n = 0;
        for (int i = window.hi() - 1; i >= window.lo() && n < rows.length; i--) {
            if (events.region(i) < 0 && visible.includes(i)) {
                rows[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(rows, n);
    }

    /** Figures for the whole country have no marker: they are listed, so they can be opened. */
    private void showNationalFigures(int[] rows) {
        java.util.List<Hyperlink> links = new java.util.ArrayList<>();
        for (int row : rows) {
            Event e = state.data().dataset().event(row);
            Hyperlink link = new Hyperlink(texts.date(e.date()) + " · " + texts.type(e.type())
                    + (e.count() > 0 ? " · " + texts.get("tooltip.count", e.count()) : ""));
            link.setWrapText(true);
            link.setOnAction(a -> state.select(row));
            link.setOnMouseEntered(a -> highlight.accept(row));
            link.setOnMouseExited(a -> highlight.accept(-1));
            links.add(link);
        }
        if (!links.isEmpty()) {
            content.getChildren().add(key(texts.get("details.national")));
            content.getChildren().addAll(links);
        }
    }

    private String regionName(String code) {
        var regions = state.data().dataset().regions();
        return regions.indexOf(code).filter(i -> i >= 0).map(i -> regions.get(i).name(texts.spanish()))
                .orElse(texts.get("region.national"));
    }

    private int add(GridPane grid, int row, String key, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        grid.add(key(texts.get(key)), 0, row);
        grid.add(wrapped(value), 1, row);
        return row + 1;
    }

    /** A field's name; long ones ("Precisión del lugar") wrap instead of being cut short. */
    private static Label key(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("details-key");
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static SelectableText wrapped(String text) {
        return new SelectableText(text);
    }
}
