package org.cronomapa.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;

/**
 * Read-only text that reads like a label but can be selected and copied (a Label cannot): a
 * wrapping TextArea without frame or scroll bars, as tall as its text.
 */
final class SelectableText extends TextArea {
    SelectableText(String text) {
        super(text);
        getStyleClass().add("selectable-text");
        setEditable(false);
        setWrapText(true);
        setFocusTraversable(false);
        setPrefRowCount(1);
        setPrefColumnCount(1); // as wide as the panel gives, not TextArea's 40 columns
        setMinHeight(USE_PREF_SIZE);
        skinProperty().addListener((o, a, skin) -> {
            if (skin != null && lookup(".text") instanceof Text shown) {
                prefHeightProperty().bind(Bindings.createDoubleBinding(
                        () -> Math.ceil(shown.getBoundsInLocal().getHeight()) + snappedTopInset() + snappedBottomInset() + 6,
                        shown.boundsInLocalProperty()));
            }
        });
    }
}
