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
        // Measured with a Text of the same font at the area's width: the pref height follows the wrapped lines.
        Text probe = new Text();
        prefHeightProperty().bind(Bindings.createDoubleBinding(() -> {
            probe.setFont(getFont());
            probe.setText(getText());
            probe.setWrappingWidth(Math.max(20, getWidth() - 16));
            return Math.ceil(probe.getLayoutBounds().getHeight()) + 6;
        }, widthProperty(), textProperty(), fontProperty()));
    }
}
