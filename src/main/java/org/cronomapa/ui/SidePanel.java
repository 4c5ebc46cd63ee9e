package org.cronomapa.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.cronomapa.charts.DailySeries;
import org.cronomapa.labels.Texts;
import org.cronomapa.model.Dataset;
import org.cronomapa.state.ViewerState;

/**
 * The tabs beside the map: the selected event's details, the filters, the charts, a region's panel
 * and the story. Only the Details tab is built with the window; the others are built when first shown,
 * so their controls cost nothing before the first map is on screen (docs/BENCHMARKS.md, "First map").
 */
final class SidePanel extends TabPane {
    private final ViewerState state;
    private final Texts texts;
    private final Tab regionTab;
    private ChartView charts;
    private RegionPanel region;
    private Function<Dataset, List<DailySeries.PublishedTotal>> published;

    SidePanel(ViewerState state, Texts texts, Consumer<String> openLink, IntConsumer highlight) {
        this.state = state;
        this.texts = texts;
        regionTab = tab(texts.get("region.tab"), "region-tab", () -> scrolling(region()));
        getTabs().addAll(tab(texts.get("details.tab"), "details-tab", () -> new DetailsPanel(state, texts, openLink, highlight)),
                tab(texts.get("filter.tab"), "filters-tab", () -> scrolling(new FilterPanel(state, texts))),
                tab(texts.get("chart.tab"), "charts-tab", this::charts), regionTab);
        setPrefWidth(360);
        setAccessibleText(texts.get("a11y.sidePanel"));
    }

    /** A tab whose content is made when it is first selected (the first tab at once). */
    private static Tab tab(String name, String id, Supplier<Node> content) {
        Tab t = new Tab(name);
        t.setClosable(false);
        t.setId(id);
        if (t.isSelected()) {
            t.setContent(content.get());
        }
        t.selectedProperty().addListener((o, was, is) -> {
            if (is && t.getContent() == null) {
                t.setContent(content.get());
            }
        });
        return t;
    }

    private static ScrollPane scrolling(Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        return s;
    }

    /** The Story tab: the story being prepared; its name carries a mark while it has unsaved edits. */
    void addStory(Supplier<StoryPanel> panel, org.cronomapa.state.StoryDocument doc, Texts texts) {
        Tab story = tab(texts.get("story.tab"), "story-tab", panel::get); // built when first shown; it scrolls its own fields
        Runnable title = () -> story.setText(texts.get(doc.dirty() ? "story.tab.unsaved" : "story.tab"));
        doc.dirtyProperty().addListener((o, a, b) -> title.run());
        title.run();
        getTabs().add(story);
    }

    private RegionPanel region() {
        if (region == null) {
            region = new RegionPanel(state, texts);
        }
        return region;
    }

    private ChartView charts() {
        if (charts == null) {
            charts = new ChartView(state, texts);
            if (published != null) {
                charts.setPublished(published);
            }
        }
        return charts;
    }

    /** Opens a region's panel (its index in the map): totals, chart and events. */
    void showRegion(int regionIndex) {
        region().show(regionIndex);
        getSelectionModel().select(regionTab);
    }

    /** The chart the Charts tab shows: a region's index, or {@code DailySeries.NATIONAL} (also before it is shown). */
    int chartScope() {
        return charts == null ? DailySeries.NATIONAL : charts.scope();
    }

    void setPublished(Function<Dataset, List<DailySeries.PublishedTotal>> source) {
        this.published = source;
        if (charts != null) {
            charts.setPublished(source);
        }
    }
}
