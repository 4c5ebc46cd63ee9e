package org.cronomapa.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cronomapa.TestData;
import org.cronomapa.filter.Filter;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.map.Viewport;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.EventType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 10: commands as values, a story replayed without a window. */
class CommandsTest {
    private static Dataset bundled;

    @BeforeAll
    static void load() {
        bundled = DatasetFiles.bundled(TestData.regions());
    }

    private static ViewerState fresh() {
        ViewerState s = new ViewerState();
        s.resize(1000, 700);
        s.loadDataset(bundled);
        return s;
    }

    private static int day(int y, int m, int d) {
        return (int) LocalDate.of(y, m, d).toEpochDay();
    }

    /** What a viewer shows, in one comparable line. */
    private static String shown(ViewerState s) {
        Viewport v = s.viewport().viewport();
        return s.timeline().day() + " " + s.timeline().playback().playing() + " " + s.timeline().windowDays() + " "
                + s.filter().filter() + " " + s.filter().filtered().rows().length + " "
                + Math.round(v.scale() * 1e6) + " " + Math.round(v.originX() * 1e3) + " " + Math.round(v.originY() * 1e3);
    }

    @Test
    void aStoryReplayedGivesTheStateOfItsStepsAppliedByHand() {
        Filter killings = Filter.ALL.withTypes(Set.of(EventType.KILLING));
        List<Command> story = List.of(
                Command.All.of(Command.Seek.to(LocalDate.of(2022, 12, 7)), new Command.SetWindow(3), new Command.ResetView()),
                Command.All.of(new Command.ZoomTo(-74, -15, -72, -13), new Command.Seek(day(2022, 12, 12)),
                        new Command.SetWindow(7)),
                Command.All.of(new Command.SetFilter(killings), new Command.ZoomTo(-71, -16.5, -69, -15),
                        new Command.Seek(day(2023, 1, 9))),
                new Command.Step(7),
                Command.All.of(new Command.SetFilter(Filter.ALL), new Command.ResetView(), new Command.GoToEnd()));
        ViewerState played = fresh();
        story.forEach(played::apply);

        ViewerState byHand = fresh();
        byHand.seek(day(2022, 12, 7));
        byHand.setWindowDays(3);
        byHand.resetView();
        byHand.apply(new Command.ZoomTo(-74, -15, -72, -13));
        byHand.seek(day(2022, 12, 12));
        byHand.setWindowDays(7);
        byHand.setTypes(Set.of(EventType.KILLING));
        byHand.apply(new Command.ZoomTo(-71, -16.5, -69, -15));
        byHand.seek(day(2023, 1, 9));
        byHand.stepDays(7);
        byHand.clearFilter();
        byHand.resetView();
        byHand.goToEnd();
        assertEquals(shown(byHand), shown(played));

        // and step by step, not only at the end
        ViewerState a = fresh();
        ViewerState b = fresh();
        a.apply(story.get(2));
        b.setTypes(Set.of(EventType.KILLING));
        b.apply(new Command.ZoomTo(-71, -16.5, -69, -15));
        b.seek(day(2023, 1, 9));
        assertEquals(shown(b), shown(a));
        assertEquals(day(2023, 1, 9), a.timeline().day());
    }

    @Test
    void aStepIsPublishedOnceSoNoListenerSeesHalfOfIt() {
        ViewerState s = fresh();
        List<String> seen = new ArrayList<>();
        Runnable look = () -> seen.add(s.timeline().day() + "/" + s.timeline().windowDays() + "/"
                + s.filter().filter().types() + "/" + (s.viewport().viewport().zoom() > 2));
        s.timeline().dayProperty().addListener((o, x, y) -> look.run());
        s.timeline().windowDaysProperty().addListener((o, x, y) -> look.run());
        s.filter().filterProperty().addListener((o, x, y) -> look.run());
        s.viewport().viewportProperty().addListener((o, x, y) -> look.run());
        s.apply(Command.All.of(new Command.SetFilter(Filter.ALL.withTypes(Set.of(EventType.STRIKE))),
                new Command.Seek(day(2023, 1, 4)), new Command.SetWindow(14), new Command.ZoomTo(-72, -14, -71, -13)));
        assertEquals(4, seen.size());
        seen.forEach(line -> assertEquals(day(2023, 1, 4) + "/14/[STRIKE]/true", line));
    }

    @Test
    void zoomToCentresTheBoxWithinTheZoomLimits() {
        ViewerState s = fresh();
        s.apply(new Command.ZoomTo(-70.5, -15.8, -69.8, -15.2));
        Viewport v = s.viewport().viewport();
        assertEquals(500, v.screenX(-70.15), 1);
        assertTrue(v.screenY(-15.8) <= 700 && v.screenY(-15.2) >= 0);
        assertTrue(v.zoom() > 5);
        s.apply(new Command.ZoomTo(-70.15, -15.5, -70.1499, -15.4999));
        assertEquals(Viewport.MAX_ZOOM, s.viewport().viewport().zoom(), 1e-6);
        s.apply(new Command.Play());
        assertTrue(s.timeline().playback().playing());
        s.apply(new Command.TogglePlay());
        assertFalse(s.timeline().playback().playing());
    }

    @Test
    void commandsBeforeAnyDatasetChangeNothingButTheFilter() {
        ViewerState s = new ViewerState();
        s.apply(Command.All.of(new Command.ZoomTo(-74, -15, -72, -13), new Command.Seek(5),
                new Command.SetFilter(Filter.ALL.withMinDeaths(1))));
        assertEquals(null, s.viewport().viewport());
        assertEquals(1, s.filter().filter().minDeaths());
    }
}
