package org.cronomapa.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.cronomapa.TestData;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.labels.Texts;
import org.cronomapa.state.ViewerState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 10, items 1 and 6, over the whole main window at 1280×800 (every tab of the side panel,
 * the toolbar, the timeline bar, the filters) in both languages: no text is cut to an ellipsis,
 * also after Play and Pause; every control a user can reach has words for a screen reader (its
 * text, its accessible text, or a label pointing at it) and takes the keyboard's focus.
 */
@ExtendWith(ApplicationExtension.class)
class WindowAccessibilityTest {
    private Stage stage;
    private ViewerState state;
    private MainWindow window;

    @Start
    void start(Stage s) {
        stage = s;
    }

    private void show(FxRobot robot, String language) {
        robot.interact(() -> {
            if (window != null) {
                window.stop();
            }
            state = new ViewerState();
            state.loadDataset(DatasetFiles.bundled(TestData.regions()));
            Texts texts = new Texts(ResourceBundle.getBundle("org.cronomapa.app.messages", Locale.forLanguageTag(language)));
            window = new MainWindow(state, texts, TestData.noFiles(), url -> { });
            stage.setScene(window.scene(1280, 800));
            stage.show();
            state.seek(state.timeline().playback().firstDay() + 33);
            state.select(0); // the details panel with an event in it
            window.showRegion(TestData.regions().indexOf("PE-PUN").orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every tab of the side panel in turn; the checks see each tab's content shown. */
    private List<String> overTabs(FxRobot robot, java.util.function.Function<Scene, List<String>> check) {
        Set<String> found = new LinkedHashSet<>();
        TabPane side = (TabPane) stage.getScene().lookup(".tab-pane");
        for (Tab tab : new ArrayList<>(side.getTabs())) {
            robot.interact(() -> side.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> stage.getScene().getRoot().layout());
            found.addAll(check.apply(stage.getScene()));
        }
        return new ArrayList<>(found);
    }

    @Test
    void noTextIsCutShortInEitherLanguageBeforeAndAfterPlaying(FxRobot robot) {
        for (String language : new String[] {"en", "es"}) {
            show(robot, language);
            List<String> cut = new ArrayList<>(overTabs(robot, WindowAccessibilityTest::truncated));
            for (int i = 0; i < 2; i++) {
                robot.interact(state::togglePlay);
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> stage.getScene().getRoot().layout());
                cut.addAll(truncated(stage.getScene()));
            }
            robot.interact(() -> window.setPresenting(true)); // larger type
            for (int i = 0; i < 2; i++) {
                robot.interact(state::togglePlay);
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> stage.getScene().getRoot().layout());
                cut.addAll(truncated(stage.getScene()));
            }
            robot.interact(() -> window.setPresenting(false));
            assertTrue(cut.isEmpty(), language + ": text cut short: " + cut);
        }
    }

    @Test
    void everyControlHasWordsForAScreenReaderAndTakesFocus(FxRobot robot) {
        for (String language : new String[] {"en", "es"}) {
            show(robot, language);
            List<String> silent = overTabs(robot, WindowAccessibilityTest::withoutWords);
            assertTrue(silent.isEmpty(), language + ": controls a screen reader cannot name: " + silent);
            List<String> unreachable = overTabs(robot, WindowAccessibilityTest::notFocusable);
            assertTrue(unreachable.isEmpty(), language + ": controls the keyboard cannot reach: " + unreachable);
        }
    }

    @Test
    void enterWorksTheFocusedControlWhileSpaceStaysTheTimelines(FxRobot robot) {
        show(robot, "en");
        javafx.scene.control.Button forward = robot.lookup("#step-forward").queryAs(javafx.scene.control.Button.class);
        robot.interact(forward::requestFocus);
        int day = state.timeline().day();
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        org.junit.jupiter.api.Assertions.assertEquals(day + 1, state.timeline().day(), "Enter pressed the focused button");
        robot.type(javafx.scene.input.KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(state.timeline().playback().playing(), "Space still plays, whatever has the focus");
        robot.interact(state::pause);
        robot.type(javafx.scene.input.KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getScene().getFocusOwner() != forward, "Tab moves on");
    }

    /** Labeled nodes whose shown text ends in the ellipsis their own text does not have. */
    static List<String> truncated(Scene scene) {
        List<String> out = new ArrayList<>();
        for (Node n : shown(scene.getRoot())) {
            if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
                String ellipsis = l.getEllipsisString();
                for (Node child : l.getChildrenUnmodifiable()) {
                    if (child instanceof Text t && t.getText() != null && t.getText().contains(ellipsis)
                            && !l.getText().contains(ellipsis)) {
                        out.add(describe(l) + " shows '" + t.getText() + "' for '" + l.getText() + "'");
                    }
                }
            }
        }
        return out;
    }

    /** Controls a user works that have no text, no accessible text and no label pointing at them. */
    static List<String> withoutWords(Scene scene) {
        Set<Node> labelled = new java.util.HashSet<>();
        List<Node> nodes = shown(scene.getRoot());
        for (Node n : nodes) {
            if (n instanceof Label l && l.getLabelFor() != null) {
                labelled.add(l.getLabelFor());
            }
        }
        List<String> out = new ArrayList<>();
        for (Node n : nodes) {
            if (n instanceof Control c && worked(c) && !labelled.contains(c) && blank(c.getAccessibleText())
                    && !(c instanceof Labeled l && !blank(l.getText()))
                    && !(c instanceof TextInputControl t && (!blank(t.getPromptText()) || !t.isEditable() && !blank(t.getText())))) {
                out.add(describe(c));
            }
        }
        return out;
    }

    /** Controls a user works that Tab never reaches. */
    static List<String> notFocusable(Scene scene) {
        List<String> out = new ArrayList<>();
        for (Node n : shown(scene.getRoot())) {
            if (n instanceof Control c && worked(c) && !c.isDisabled() && !c.isFocusTraversable()
                    && !(c instanceof TextInputControl t && !t.isEditable())
                    // Containers whose parts take the focus: the spinner's field, the tabs, the two metric buttons.
                    && !(c instanceof Spinner<?>) && !(c instanceof TabPane) && !(c instanceof TimelineBar)
                    && !(c instanceof org.controlsfx.control.SegmentedButton)) {
                out.add(describe(c));
            }
        }
        return out;
    }

    /** What a user clicks, types in, drags or chooses from: not labels, scroll bars, nor parts of another control. */
    private static boolean worked(Control c) {
        if (!(c instanceof ButtonBase || c instanceof ChoiceBox<?> || c instanceof ComboBoxBase<?> || c instanceof Slider
                || c instanceof TextInputControl || c instanceof Spinner<?> || c instanceof ListView<?>
                || c instanceof TableView<?> || c instanceof TabPane || c instanceof TimelineBar
                || c instanceof org.controlsfx.control.RangeSlider || c instanceof org.controlsfx.control.SegmentedButton)) {
            return false;
        }
        if (c instanceof IndexedCell<?> || c instanceof ScrollBar) {
            return false;
        }
        for (Parent p = c.getParent(); p != null; p = p.getParent()) {
            // The skin's own parts (a spinner's field, a list's cells, a date picker's button) are named by their owner.
            if (p instanceof Spinner<?> || p instanceof ComboBoxBase<?> || p instanceof ListView<?> || p instanceof TableView<?>
                    || p instanceof javafx.scene.control.MenuBar || p instanceof ScrollBar) {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The nodes shown: each one and all its parents visible. */
    private static List<Node> shown(Parent root) {
        List<Node> out = new ArrayList<>();
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (!n.isVisible()) {
                continue;
            }
            out.add(n);
            if (n instanceof Parent p) {
                todo.addAll(p.getChildrenUnmodifiable());
            }
        }
        return out;
    }

    private static String describe(Node n) {
        String where = n.getId() != null ? "#" + n.getId() : "";
        for (Parent p = n.getParent(); where.isEmpty() && p != null; p = p.getParent()) {
            if (p.getId() != null) {
                where = "in #" + p.getId();
            }
        }
        String text = n instanceof Labeled l ? " '" + l.getText() + "'" : "";
        return n.getClass().getSimpleName() + text + " " + where;
    }
}
