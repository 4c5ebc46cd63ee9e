package org.cronomapa.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import org.cronomapa.labels.Texts;

/** Help → About: what Cronomapa is, where its map, towns and events come from, and their licences. */
final class AboutDialog {
    private AboutDialog() {
    }

    static Alert create(Texts t) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(t.get("about.title"));
        alert.setHeaderText(t.get("app.title"));
        TextArea text = new TextArea(t.get("about.text"));
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(560, 240);
        text.setId("about-text");
        alert.getDialogPane().setContent(text);
        return alert;
    }
}
