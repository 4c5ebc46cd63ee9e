package org.cronomapa.ui;

import org.cronomapa.labels.Texts;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import org.cronomapa.model.ProblemReport;
import org.cronomapa.state.DatasetOpener;

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
        report.listed().stream().limit(SHOWN).forEach(p -> sb.append(p.toString(t.locale())).append('\n'));
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

    /** Adds the choice to load the valid rows and leave the others out; returns its button. */
    static ButtonType offerValidRows(Alert alert, ProblemReport report, Texts t) {
        ButtonType load = new ButtonType(t.get("problems.loadValid", report.validRows()), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(t.get("problems.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(load, keep);
        alert.setHeaderText(t.get("problems.headerChoice", report.rowsWithProblems(), report.rows()));
        return load;
    }

    /** After a file was loaded: the rows left out at the user's request, and the notes (events outside the map). */
    static Alert loaded(Path file, DatasetOpener.Opened result, Texts t) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(t.get("loaded.title"));
        alert.setHeaderText(t.get("loaded.header", file.getFileName(), result.dataset().events().size()));
        StringBuilder sb = new StringBuilder();
        if (result.problems().total() > 0) {
            sb.append(t.get("loaded.skipped", result.problems().rowsWithProblems())).append("\n")
                    .append(totals(result.problems(), t)).append("\n\n");
            result.problems().listed().stream().limit(SHOWN).forEach(p -> sb.append(p.toString(t.locale())).append('\n'));
            sb.append('\n');
        }
        result.notes().listed().stream().limit(SHOWN).forEach(p -> sb.append(p.toString(t.locale())).append('\n'));
        TextArea area = new TextArea(sb.toString());
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefSize(640, 260);
        area.setId("loaded-text");
        alert.getDialogPane().setContent(area);
        return alert;
    }

    /** The same totals {@code --validate} prints: problems by field, and rows valid and with problems. */
    static String totals(ProblemReport r, Texts t) {
        String s = t.get("problems.total", r.total(), r.countsByField(n -> t.get("problems.count", n)));
        return r.rows() == 0 ? s : s + "\n" + t.get("problems.rows", r.rows(), r.validRows(), r.rowsWithProblems());
    }
}
