package org.cronomapa.ui;

import java.time.LocalDate;
import java.util.function.Predicate;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.cronomapa.labels.Texts;
import org.cronomapa.model.Dataset;
import org.cronomapa.state.ViewerState;

/**
 * Over the map, under the date badge at the top left (clear of the Lima inset top right, the legend
 * bottom left, the story caption bottom right and the frame times top centre): what the data is,
 * its title and period, and until the first Play how to start. The hint goes at the first Play
 * and stays gone for this window unless another dataset is opened. Window only: not in exported pixels.
 */
final class DataTitle {
    private final ViewerState state;
    private final Texts texts;
    private final Label title = new Label();
    private final Label hint = new Label();
    private final VBox box = new VBox(4, title, hint);
    private Predicate<Dataset> bundled = d -> false;
    private Dataset titled;

    DataTitle(ViewerState state, Texts texts) {
        this.state = state;
        this.texts = texts;
        title.setId("data-title");
        title.getStyleClass().add("data-title");
        hint.setId("start-hint");
        hint.getStyleClass().add("start-hint");
        hint.setText(texts.get("map.hint"));
        for (Label l : new Label[] {title, hint}) {
            l.setWrapText(true);
            l.setMaxWidth(Double.MAX_VALUE);
        }
        box.setFillWidth(false);
        box.getStyleClass().add("data-title-box");
        box.setMouseTransparent(true);
        box.setManaged(false);
        state.timeline().playbackProperty().addListener((o, a, p) -> {
            if (p.playing()) {
                dismissHint();
            }
        });
        state.data().datasetProperty().addListener((o, a, d) -> show());
        show();
    }

    VBox node() {
        return box;
    }

    /** Which dataset is the bundled one (called by its title rather than its file name). */
    void setBundled(Predicate<Dataset> isBundled) {
        this.bundled = isBundled;
        titled = null;
        show();
    }

    boolean hintShown() {
        return hint.isVisible();
    }

    void dismissHint() {
        hint.setVisible(false);
        hint.setManaged(false);
    }

    private void show() {
        Dataset d = state.data().dataset();
        var index = state.data().index();
        title.setVisible(d != null && index != null);
        if (d == null || index == null || d == titled) {
            return;
        }
        boolean first = titled == null;
        titled = d;
        String name = bundled.test(d) ? texts.get("map.title.bundled") : d.name();
        title.setText(texts.get("map.title", name, texts.date(LocalDate.ofEpochDay(index.firstDay())),
                texts.date(LocalDate.ofEpochDay(index.lastDay()))));
        if (!first && !state.timeline().playback().playing()) {
            hint.setVisible(true); // another dataset: how to start, again
            hint.setManaged(true);
        }
    }

    /** Under the date badge, left, no wider than the badge's block (the legend is far below, the inset right). */
    void layout(int width, int height) {
        double[] block = org.cronomapa.render.MapRenderer.badgeBlock(width, height);
        double room = Math.max(160, Math.min(block[1], width * 0.45));
        for (Label l : new Label[] {title, hint}) {
            l.setMaxWidth(room);
        }
        box.autosize();
        box.relocate(block[2] - 6, block[0]);
    }
}
