package org.cronomapa.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.cronomapa.charts.DailySeries;
import org.cronomapa.labels.Texts;
import org.cronomapa.model.Dataset;
import org.cronomapa.state.ViewerState;

/** The tabs beside the map: the selected event's details, the filters, the charts, a region's panel and the story. */
final class SidePanel extends TabPane {
    private final ChartView charts;
    private final RegionPanel region;
    private final Tab regionTab;

    SidePanel(ViewerState state, Texts texts, Consumer<String> openLink, IntConsumer highlight) {
        charts = new ChartView(state, texts);
        region = new RegionPanel(state, texts);
        regionTab = tab(texts.get("region.tab"), "region-tab", scrolling(region));
        getTabs().addAll(tab(texts.get("details.tab"), "details-tab", new DetailsPanel(state, texts, openLink, highlight)),
                tab(texts.get("filter.tab"), "filters-tab", scrolling(new FilterPanel(state, texts))),
                tab(texts.get("chart.tab"), "charts-tab", charts), regionTab);
        setPrefWidth(360);
        setAccessibleText(texts.get("a11y.sidePanel"));
    }

    private static Tab tab(String name, String id, Node content) {
        Tab t = new Tab(name, content);
        t.setClosable(false);
        t.setId(id);
        return t;
    }

    private static ScrollPane scrolling(Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        return s;
    }

    /** The Story tab: the story being prepared; its name carries a mark while it has unsaved edits. */
    void addStory(StoryPanel panel, org.cronomapa.state.StoryDocument doc, Texts texts) {
        Tab story = tab(texts.get("story.tab"), "story-tab", panel); // the panel scrolls its own fields
        Runnable title = () -> story.setText(texts.get(doc.dirty() ? "story.tab.unsaved" : "story.tab"));
        doc.dirtyProperty().addListener((o, a, b) -> title.run());
        title.run();
        getTabs().add(story);
    }

    /** Opens a region's panel (its index in the map): totals, chart and events. */
    void showRegion(int regionIndex) {
        region.show(regionIndex);
        getSelectionModel().select(regionTab);
    }

    /** The chart the Charts tab shows: a region's index, or {@code DailySeries.NATIONAL}. */
    int chartScope() {
        return charts.scope();
    }

    void setPublished(Function<Dataset, List<DailySeries.PublishedTotal>> source) {
        charts.setPublished(source);
    }
}
