package org.cronomapa.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;



import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.cronomapa.TestData;
import org.cronomapa.filter.RegionTotals;
import org.cronomapa.labels.Texts;
import org.cronomapa.state.ViewerState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 8, the drill-down in the real window: a click on Loreto opens its panel; an event in its list moves the timeline. */
@ExtendWith(ApplicationExtension.class)
class RegionDrillDownTest {
    private final ViewerState state = new ViewerState();
    private MainWindow window;
    private Texts texts;

    @Start
    void start(Stage stage) {
        texts = TestData.english();
        window = TestData.showBundled(state, stage, 1200, 800);
    }

    private void settle() {
        TestData.settle(window);
    }

    /** A point of the map inside the region with no marker under it, searched outwards from the region's label point. */
    private Point2D emptyPointIn(int region) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var v = state.viewport().viewport();
            var label = state.data().dataset().regions().get(region).labelPoint();
            double cx = v.screenX(label.getX());
            double cy = v.screenY(label.getY());
            for (int ring = 0; ring < 60; ring++) {
                for (int dx = -ring; dx <= ring; dx++) {
                    for (int dy = -ring; dy <= ring; dy++) {
                        double x = cx + dx * 4;
                        double y = cy + dy * 4;
                        if (Math.max(Math.abs(dx), Math.abs(dy)) == ring && window.map().regionAt(x, y) == region
                                && window.map().rowsAt(x, y).length == 0) {
                            return new Point2D(x, y);
                        }
                    }
                }
            }
            throw new AssertionError("no empty point in region " + region);
        }).get();
    }

    @Test
    void clickingARegionOpensItsPanelAndAnEventInItsListMovesTheTimeline(FxRobot robot) throws Exception {
        robot.interact(state::goToEnd);
        settle();
        var d = state.data().dataset();
        int loreto = d.regions().indexOf("PE-LOR").orElseThrow();
        Point2D p = emptyPointIn(loreto);
        robot.clickOn(window.map().localToScreen(p));
        settle();

        TabPane side = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertEquals("region-tab", side.getSelectionModel().getSelectedItem().getId(), "the Region tab is shown");
        assertEquals(-1, state.selection().selectedRow(), "a click beside the markers selects no event");
        Label title = robot.lookup(".region-panel .details-title").queryAs(Label.class);
        assertEquals("Loreto", title.getText());
        String totals = robot.lookup("#region-totals").queryAs(Label.class).getText();
        RegionTotals t = RegionTotals.of(d, state.filter().filtered(), state.timeline().day(), loreto);
        assertTrue(totals.contains(texts.get("region.deaths", t.deaths())), totals);
        assertTrue(totals.contains(texts.get("region.injured", t.injured())), totals);
        for (var type : org.cronomapa.model.EventType.values()) {
            if (t.events(type) > 0) {
                assertTrue(totals.contains(texts.type(type) + ": " + t.events(type)), totals);
            }
        }

        @SuppressWarnings("unchecked")
        TableView<RegionPanel.Row> events = robot.lookup("#region-events").queryAs(TableView.class);
        assertTrue(!events.getItems().isEmpty(), "Loreto's events are listed: " + events.getItems().size());
        assertTrue(events.getItems().stream().allMatch(r -> d.events().region(r.row()) == loreto));
        javafx.scene.Node up = events;
        while (!(up instanceof ScrollPane)) {
            up = up.getParent(); // the Region tab scrolls; its list sits below the chart
        }
        ScrollPane scroll = (ScrollPane) up;
        robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
        settle();
        // A row whose day is not today's, so the move is seen.
        TableRow<?> row = robot.lookup("#region-events .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() != null && ((RegionPanel.Row) r.getItem()).day() != state.timeline().day())
                .findFirst().orElseThrow();
        RegionPanel.Row chosen = (RegionPanel.Row) row.getItem();
        assertNotNull(chosen);
        robot.clickOn(row);
        settle();
        assertEquals(chosen.day(), state.timeline().day(), "the timeline moved to the event's day");
        assertEquals(chosen.row(), state.selection().selectedRow(), "the event is selected");
        assertEquals("Loreto", title.getText(), "the panel stays on the region");
    }
}
