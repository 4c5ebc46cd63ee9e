package org.cronomapa.ui;

import java.util.function.IntConsumer;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.SeparatorMenuItem;
import org.cronomapa.labels.Texts;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.Event;

/**
 * The events under one click when several markers overlap there (a town's events all sit on its
 * coordinates): listed top-most first as date · type · place; choosing one selects it, hovering
 * one highlights it on the map.
 */
final class MarkerStackMenu {
    private final Texts texts;
    private final ContextMenu menu = new ContextMenu();

    MarkerStackMenu(Texts texts) {
        this.texts = texts;
        menu.setId("marker-stack");
    }

    /** Lists {@code rows} at the screen point; {@code select} gets the chosen row, {@code highlight} the hovered one (-1: none). */
    void show(Node owner, double screenX, double screenY, Dataset data, int[] rows, IntConsumer select, IntConsumer highlight) {
        menu.hide();
        menu.getItems().clear();
        CustomMenuItem header = new CustomMenuItem(new Label(texts.get("stack.header", rows.length)), false);
        header.getStyleClass().add("stack-header");
        header.setDisable(true);
        menu.getItems().addAll(header, new SeparatorMenuItem());
        for (int row : rows) {
            Label text = new Label(line(data.event(row)));
            text.getStyleClass().add("stack-item");
            text.setPrefWidth(420); // a long place name ends in "…"; the list stays beside the stack, not over it
            text.setOnMouseEntered(e -> highlight.accept(row));
            text.setOnMouseExited(e -> highlight.accept(-1));
            CustomMenuItem item = new CustomMenuItem(text, true);
            item.setOnAction(e -> select.accept(row));
            menu.getItems().add(item);
        }
        menu.setOnHidden(e -> highlight.accept(-1));
        menu.show(owner, screenX, screenY);
    }

    private String line(Event e) {
        String date = texts.date(e.date()) + (e.endDate() == null ? "" : " – " + texts.date(e.endDate()));
        return date + " · " + texts.type(e.type()) + " · " + (e.place() == null ? e.region() : e.place());
    }

    boolean isShowing() {
        return menu.isShowing();
    }
}
