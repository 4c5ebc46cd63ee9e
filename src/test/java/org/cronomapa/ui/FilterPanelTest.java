package org.cronomapa.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;


import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.RangeSlider;
import org.cronomapa.TestData;
import org.cronomapa.model.EventType;
import org.cronomapa.state.ViewerState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Filters from the side panel and the range slider; chips show them and take them away. */
@ExtendWith(ApplicationExtension.class)
class FilterPanelTest {
    private final ViewerState state = new ViewerState();

    @Start
    void start(Stage stage) {
        TestData.showBundled(state, stage, 1200, 800);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTypeTickedInThePanelFiltersTheMapAndShowsAChipThatRemovesIt(FxRobot robot) throws Exception {
        robot.clickOn("Filters");
        WaitForAsyncUtils.waitForFxEvents();
        CheckListView<EventType> types = robot.lookup("#filter-types").queryAs(CheckListView.class);
        robot.interact(() -> types.getCheckModel().check(EventType.KILLING));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(EventType.KILLING), state.filter().filter().types());
        int killings = state.filter().filtered().rows().length;
        assertTrue(killings > 0 && killings < state.data().dataset().events().size());
        FlowPane chips = robot.lookup("#filter-chips").queryAs(FlowPane.class);
        assertTrue(chips.isVisible());
        Button chip = (Button) chips.getChildren().get(0);
        assertTrue(chip.getText().startsWith("Types: Killing"), chip.getText());
        robot.clickOn(chip);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(state.filter().filter().isAll());
        assertFalse(types.getCheckModel().isChecked(EventType.KILLING), "the panel follows the state");
        assertFalse(chips.isVisible());
    }

    @Test
    void searchAndTheRangeSliderFilterToo(FxRobot robot) throws Exception {
        robot.clickOn("Filters");
        TextField search = robot.lookup("#filter-search").queryAs(TextField.class);
        robot.interact(() -> search.setText("Juliaca"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Juliaca", state.filter().filter().search());
        RangeSlider range = robot.lookup("#date-range").queryAs(RangeSlider.class);
        int from = (int) LocalDate.of(2023, 1, 1).toEpochDay();
        int to = (int) LocalDate.of(2023, 1, 31).toEpochDay();
        robot.interact(() -> {
            range.setLowValueChanging(true);
            range.setLowValue(from);
            range.setHighValue(to);
            range.setLowValueChanging(false);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LocalDate.of(2023, 1, 1), state.filter().filter().from());
        assertEquals(LocalDate.of(2023, 1, 31), state.filter().filter().to());
        assertTrue(state.timeline().playback().firstDay() >= from && state.timeline().playback().lastDay() <= to,
                "playback runs inside the range");
        Button clear = robot.lookup("#filter-clear").queryAs(Button.class);
        robot.interact(clear::fire); // below the fold of the panel in a small window
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(state.filter().filter().isAll());
        assertEquals("", search.getText());
    }

    /** Keys typed into the search are text: a space does not start playback, F and D switch nothing. */
    @Test
    void typingInTheSearchIsNotAShortcut(FxRobot robot) throws Exception {
        robot.clickOn("Filters");
        // The search is at the foot of the panel, below the fold over a 161-px timeline bar: scrolled to, as a user would.
        robot.interact(() -> {
            javafx.scene.Node n = robot.lookup("#filter-search").query();
            while (n != null && !(n instanceof javafx.scene.control.ScrollPane)) {
                n = n.getParent();
            }
            ((javafx.scene.control.ScrollPane) n).setVvalue(1);
        });
        robot.clickOn("#filter-search");
        robot.write("la paz f d");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("la paz f d", robot.lookup("#filter-search").queryAs(TextField.class).getText());
        assertFalse(state.timeline().playback().playing());
        assertFalse(state.layers().fanOut());
    }
}
