package org.cronomapa.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;


import javafx.scene.canvas.Canvas;
import javafx.stage.Stage;
import org.cronomapa.TestData;
import org.cronomapa.charts.DailyChart;
import org.cronomapa.state.ViewerState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The charts tab: clicking a day's bar moves the timeline to that day; the chart redraws as the day moves. */
@ExtendWith(ApplicationExtension.class)
class ChartViewTest {
    private final ViewerState state = new ViewerState();

    @Start
    void start(Stage stage) {
        TestData.showBundled(state, stage, 1200, 800);
    }

    @Test
    void clickingADayOnTheChartMovesTheTimelineThere(FxRobot robot) throws Exception {
        robot.clickOn("Charts");
        WaitForAsyncUtils.waitForFxEvents();
        Canvas canvas = robot.lookup("#chart-canvas").queryAs(Canvas.class);
        int first = state.timeline().playback().firstDay();
        int days = state.timeline().playback().lastDay() - first + 1;
        DailyChart chart = new DailyChart(days, canvas.getWidth(), canvas.getHeight());
        int target = (int) (LocalDate.of(2023, 1, 9).toEpochDay() - first);
        var origin = canvas.localToScreen(chart.x(target), canvas.getHeight() / 2);
        int before = state.timeline().day();
        robot.clickOn(origin.getX(), origin.getY());
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(before, state.timeline().day());
        assertEquals(LocalDate.of(2023, 1, 9), LocalDate.ofEpochDay(state.timeline().day()));
    }
}
