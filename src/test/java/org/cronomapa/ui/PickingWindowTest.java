package org.cronomapa.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;


import java.util.concurrent.TimeUnit;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.cronomapa.TestData;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.labels.Texts;
import org.cronomapa.model.Event;
import org.cronomapa.model.EventType;
import org.cronomapa.model.Source;
import org.cronomapa.state.DatasetOpener;
import org.cronomapa.state.ViewerState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 8, point 2 in the real window: Juliaca's stack on 9 January 2023, the details, the links. */
@ExtendWith(ApplicationExtension.class)
class PickingWindowTest {
    private final ViewerState state = new ViewerState();
    private final List<String> opened = new ArrayList<>();
    private MainWindow window;
    private Texts texts;

    @Start
    void start(Stage stage) {
        state.loadDataset(DatasetFiles.bundled(TestData.regions()));
        texts = TestData.english();
        DatasetOpener none = TestData.noFiles();
        window = new MainWindow(state, texts, none, url -> {
            opened.add(url);
            throw new IllegalStateException("no browser");
        });
        stage.setScene(window.scene(1200, 800));
        stage.show();
    }

    private void settle() {
        TestData.settle(window);
    }

    /** Row of the bundled data's attack on property in central Juliaca on 9 January 2023. */
    private int juliacaAttack() {
        var d = state.data().dataset();
        for (int i = 0; i < d.events().size(); i++) {
            Event e = d.event(i);
            if (e.type() == EventType.ATTACK_ON_PROPERTY && e.date().equals(LocalDate.of(2023, 1, 9))
                    && e.place().contains("Juliaca")) {
                return i;
            }
        }
        throw new AssertionError("no attack on property in Juliaca on 9 January 2023");
    }

    @Test
    void juliacasStackIsListedAndTheChosenEventIsSelected(FxRobot robot) throws Exception {
        robot.interact(() -> state.seek((int) LocalDate.of(2023, 1, 9).toEpochDay()));
        settle();
        int attack = juliacaAttack();
        Event e = state.data().dataset().event(attack);
        var v = state.viewport().viewport();
        double x = v.screenX(e.lon());
        double y = v.screenY(e.lat());
        int[] rows = WaitForAsyncUtils.asyncFx(() -> window.map().rowsAt(x, y)).get();
        assertTrue(rows.length >= 4, "Juliaca's events stack: " + Arrays.toString(rows));
        var p = window.map().localToScreen(x, y);
        robot.moveTo(p);
        settle();
        String tip = window.map().tooltipLabel().getText();
        assertTrue(tip.contains(texts.type(EventType.KILLING)), "the tooltip names the killing drawn on top: " + tip);
        robot.clickOn(p);
        settle();
        List<Label> items = new ArrayList<>(robot.lookup(".stack-item").queryAllAs(Label.class));
        assertEquals(rows.length, items.size(), "every event of the stack is listed");
        assertEquals(-1, state.selection().selectedRow(), "nothing is selected until one is chosen");
        String wanted = texts.date(e.date()) + " · " + texts.type(e.type()) + " · " + e.place();
        Label item = items.stream().filter(l -> l.getText().equals(wanted)).findFirst().orElseThrow();
        robot.moveTo(item);
        settle();
        assertEquals(attack, window.map().highlighted(), "hovering the list rings the event on the map");
        assertTrue(window.map().ringCount() >= 1);
        robot.clickOn(item);
        settle();
        assertEquals(attack, state.selection().selectedRow());
        assertEquals(-1, window.map().highlighted(), "the ring goes with the list");
        // The details: selectable text, the description in English, a citation on the clipboard.
        TextInputControl description = robot.lookup("#details-description").queryAs(TextInputControl.class);
        assertEquals(e.description(false), description.getText());
        assertFalse(description.isEditable());
        robot.interact(description::selectAll);
        assertEquals(e.description(false), description.getSelectedText(), "the details can be selected");
        javafx.scene.control.ScrollPane details = robot.lookup("#details").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> details.setVvalue(details.getVmax())); // the button sits below the wrapped text
        settle();
        robot.clickOn("#copy-citation");
        settle();
        String clip = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertEquals(Citation.of(e.sources()), clip);
        assertTrue(clip.contains(e.sources().get(0).url()));
    }

    @Test
    void onlyWebLinksOpenAndAFailureIsShownWithACopyButton(FxRobot robot) throws Exception {
        Event e = new Event("x", LocalDate.of(2023, 1, 9), null, EventType.MARCH, "PE-PUN", "Juliaca", -15.5, -70.13,
                0, 0, 0, 0, null, "d", "d",
                List.of(new Source("Evil", "Script", null, "javascript:alert(1)"),
                        new Source("La República", "Marcha", "2023-01-09", "https://larepublica.pe/marcha")),
                List.of(), null);
        robot.interact(() -> {
            state.loadDataset(DatasetFiles.fromEvents("t", List.of(e), TestData.regions()));
            state.select(0);
        });
        settle();
        List<String> links = robot.lookup(".source-link").queryAllAs(Hyperlink.class).stream().map(Hyperlink::getText).toList();
        assertEquals(List.of("https://larepublica.pe/marcha"), links, "javascript: is no link");
        assertEquals("javascript:alert(1)", robot.lookup(".source-plain-url").queryAs(TextInputControl.class).getText());
        robot.clickOn(".source-link");
        settle();
        assertEquals(List.of("https://larepublica.pe/marcha"), opened);
        assertEquals(texts.get("details.linkFailed"), robot.lookup(".link-failed").queryAs(Label.class).getText());
        robot.clickOn(".copy-link");
        settle();
        assertEquals("https://larepublica.pe/marcha",
                WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get());
    }
}
