package org.cronomapa.ui;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.cronomapa.TestData;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.io.InputFileException;
import org.cronomapa.labels.Texts;
import org.cronomapa.model.ProblemReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 10, item 1: the window's problems dialog describes a refused file's problems in the window's language. */
@ExtendWith(ApplicationExtension.class)
class ProblemsDialogLanguageTest {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        // The dialog is built on the FX thread below; no window of its own is needed.
    }

    private static Texts texts(String language) {
        return new Texts(ResourceBundle.getBundle("org.cronomapa.app.messages", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    private static String shown(Path file, ProblemReport report, Texts t) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ((TextArea) ProblemsDialog.create(file, report, t).getDialogPane()
                .getContent()).getText()).get();
    }

    @Test
    void theDialogListsTheReadersProblemsInTheWindowsLanguage() throws Exception {
        Path bad = TestData.write(dir, "bad.csv", "id,date,type,region,lat,lon,fatalities\n"
                + "a,2023-02-30,march,PE-PUN,-15.5,-70.13,0\nb,2023-01-09,riot,PE-PUN,-15.5,-70.13,x\n");
        ProblemReport report = assertThrows(InputFileException.class,
                () -> DatasetFiles.load(bad, TestData.regions(), false)).report();
        String es = shown(bad, report, texts("es"));
        assertTrue(es.contains("bad.csv:2 [date] '2023-02-30' no es una fecha con la forma AAAA-MM-DD"), es);
        assertTrue(es.contains("bad.csv:3 [type] tipo de evento desconocido 'riot'"), es);
        assertTrue(es.contains("bad.csv:3 [fatalities] 'x' no es un número entero"), es);
        String en = shown(bad, report, texts("en"));
        assertTrue(en.contains("bad.csv:2 [date] '2023-02-30' is not a date in the form YYYY-MM-DD"), en);
        assertTrue(en.contains("bad.csv:3 [fatalities] 'x' is not a whole number"), en);
    }
}
