package org.cronomapa.ui;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import org.cronomapa.model.ProblemReport;

/** Tells the user why a file was not opened: the first problems with place and field, and the true totals. */
final class ProblemsDialog {
    private static final int SHOWN = 200;

    private ProblemsDialog() {
    }

    static Alert create(Path file, ProblemReport report, Texts t) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.setTitle(t.get("problems.title"));
        alert.setHeaderText(t.get("problems.header", file.getFileName()));
        StringBuilder sb = new StringBuilder(totals(report, t)).append("\n\n");
        report.listed().stream().limit(SHOWN).forEach(p -> sb.append(p).append('\n'));
        long more = report.total() - Math.min(SHOWN, report.listed().size());
        if (more > 0) {
            sb.append(t.get("problems.more", more));
        }
        TextArea area = new TextArea(sb.toString());
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefSize(640, 260);
        area.setId("problems-text");
        alert.getDialogPane().setContent(area);
        return alert;
    }

    /** The same totals {@code --validate} prints: problems by field, and rows valid and with problems. */
    static String totals(ProblemReport r, Texts t) {
        String s = t.get("problems.total", r.total(), r.countsByField(n -> t.get("problems.count", n)));
        return r.rows() == 0 ? s : s + "\n" + t.get("problems.rows", r.rows(), r.validRows(), r.rowsWithProblems());
    }
}
