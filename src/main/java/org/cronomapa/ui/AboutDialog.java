package org.cronomapa.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.cronomapa.labels.Texts;

/**
 * Help's dialogs: About (what Cronomapa is, where its map, towns and events come from, their
 * licences), the short guide, and the dataset's documentation (data/README.md, bundled).
 */
final class AboutDialog {
    private AboutDialog() {
    }

    /** What the data is, what a marker's size, shape and fading mean, the window length, the keys. */
    static Alert guide(Texts t) {
        return textDialog(t.get("guide.title"), t.get("guide.title"), t.get("guide.text"), "guide-text");
    }

    /** The dataset's own documentation: sources, formats, what is covered and how it was checked. */
    static Alert documentation(Texts t) {
        String text;
        try (var in = AboutDialog.class.getResourceAsStream("/data/README.md")) {
            text = in == null ? t.get("docs.missing") : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            text = t.get("docs.missing");
        }
        Alert a = textDialog(t.get("docs.title"), t.get("docs.title"), text, "docs-text");
        ((TextArea) a.getDialogPane().getContent()).setPrefSize(760, 520);
        return a;
    }

    private static Alert textDialog(String title, String header, String body, String id) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(title);
        alert.setHeaderText(header);
        TextArea text = new TextArea(body);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(600, 360);
        text.setId(id);
        alert.getDialogPane().setContent(text);
        alert.setResizable(true);
        return alert;
    }

    /**
     * About: the version, where the data comes from and under which licences, the libraries
     * Cronomapa is built on and theirs (THIRD-PARTY.md has the details), and where to report a problem.
     */
    static Alert create(Texts t) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(t.get("about.title"));
        alert.setHeaderText(t.get("app.title") + "\n" + t.get("about.version", AppIcon.version()));
        Image icon = AppIcon.image(64);
        if (icon != null) {
            alert.setGraphic(new ImageView(icon));
        }
        AppIcon.apply((Stage) alert.getDialogPane().getScene().getWindow());
        TextArea text = new TextArea(String.join("\n\n", t.get("about.text"), t.get("about.libraries"), t.get("about.report")));
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(640, 500);
        text.setId("about-text");
        alert.getDialogPane().setContent(text);
        alert.setResizable(true);
        return alert;
    }

    /** Help: the guide (F1), the dataset's documentation, and About. */
    static javafx.scene.control.Menu helpMenu(Texts texts) {
        javafx.scene.control.MenuItem about = new javafx.scene.control.MenuItem(texts.get("menu.about"));
        about.setId("about");
        about.setOnAction(e -> create(texts).show());
        javafx.scene.control.MenuItem guide = new javafx.scene.control.MenuItem(texts.get("menu.guide"));
        guide.setId("guide");
        guide.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("F1"));
        guide.setOnAction(e -> guide(texts).show());
        javafx.scene.control.MenuItem docs = new javafx.scene.control.MenuItem(texts.get("menu.docs"));
        docs.setId("docs");
        docs.setOnAction(e -> documentation(texts).show());
        javafx.scene.control.Menu help = new javafx.scene.control.Menu(texts.get("menu.help"), null, guide, docs,
                new javafx.scene.control.SeparatorMenuItem(), about);
        help.setId("help-menu");
        return help;
    }
}
