package org.cronomapa.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import org.cronomapa.model.Problem;

/** Tells the user why a file was not opened, every problem with its place and field. */
final class ProblemsDialog {
    private static final int SHOWN = 200;

    private ProblemsDialog() {
    }

    static Alert create(Path file, List<Problem> problems, Texts t) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.setTitle(t.get("problems.title"));
        alert.setHeaderText(t.get("problems.header", file.getFileName()));
        StringBuilder sb = new StringBuilder();
        problems.stream().limit(SHOWN).forEach(p -> sb.append(p).append('\n'));
        if (problems.size() > SHOWN) {
            sb.append(t.get("problems.more", problems.size() - SHOWN));
        }
        TextArea area = new TextArea(sb.toString());
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefSize(640, 260);
        area.setId("problems-text");
        alert.getDialogPane().setContent(area);
        return alert;
    }
}
