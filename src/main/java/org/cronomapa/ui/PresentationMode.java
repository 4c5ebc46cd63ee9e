package org.cronomapa.ui;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.cronomapa.labels.Texts;
import org.cronomapa.model.StoryStep;
import org.cronomapa.state.Command;
import org.cronomapa.state.ViewerState;

/**
 * Presentation mode (View menu, F11): full screen, the toolbar and side panels hidden, larger
 * type (the {@code presentation} style class on the window's root) and the caption of the story
 * step shown over the map. The date is the map's own badge, which grows with a full-screen window
 * (a second, larger date over the map only said the same thing twice). Its keys, and Page Up/Page Down through the
 * story, which also work outside it, are here so the window's own key table stays short.
 */
final class PresentationMode {
    static final String STYLE = "presentation";
    /** The root's style class while the map is in its high-contrast look: the caption box follows. */
    static final String CONTRAST_STYLE = "high-contrast";
    private final ViewerState state;
    private final Texts texts;
    private final BorderPane root;
    private final StoryPlayer story;
    private final Label caption = new Label();
    private final VBox overlay = new VBox(4, caption);
    private final CheckMenuItem item;
    private final CheckMenuItem contrast;
    private final IdlePointer pointer = new IdlePointer();
    /** The look chosen before presenting, given back on leaving. */
    private boolean contrastBefore;
    private Node top;
    private Node right;
    private boolean on;
    private final ChangeListener<Boolean> fullScreen = (o, was, is) -> {
        if (!is) {
            leave(); // Escape, or the window manager, left full screen
        }
    };

    PresentationMode(ViewerState state, Texts texts, BorderPane root, StoryPlayer story) {
        this.state = state;
        this.texts = texts;
        this.root = root;
        this.story = story;
        caption.setId("story-caption");
        caption.getStyleClass().add("story-caption");
        caption.setWrapText(true);
        overlay.setId("presentation-overlay");
        overlay.getStyleClass().add("presentation-overlay");
        // Bottom right: the map's own legend is bottom left, and its date top left.
        overlay.setAlignment(Pos.BOTTOM_RIGHT);
        overlay.setMouseTransparent(true);
        overlay.setPickOnBounds(false);
        overlay.setFillWidth(false);
        item = new CheckMenuItem(texts.get("menu.presentation"));
        item.setId("presentation-item");
        item.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        item.setOnAction(e -> set(item.isSelected()));
        contrast = new CheckMenuItem(texts.get("menu.highContrast"));
        contrast.setId("high-contrast-item");
        contrast.setSelected(state.layers().highContrast());
        contrast.setOnAction(e -> state.setHighContrast(contrast.isSelected()));
        state.layers().highContrastProperty().addListener((o, a, b) -> showContrast());
        showContrast();
        state.timeline().dayProperty().addListener((o, a, b) -> show());
        story.stepProperty().addListener((o, a, b) -> show());
        story.storyProperty().addListener((o, a, b) -> show()); // a caption edited in the Story tab
        show();
    }

    /** The map with the story's caption over it. */
    Node over(Node map) {
        StackPane stack = new StackPane(map, overlay);
        StackPane.setAlignment(overlay, Pos.BOTTOM_RIGHT);
        return stack;
    }

    CheckMenuItem menuItem() {
        return item;
    }

    /** View → High contrast: the projector look, also outside presentation. */
    CheckMenuItem contrastItem() {
        return contrast;
    }

    private void showContrast() {
        boolean on = state.layers().highContrast();
        contrast.setSelected(on);
        root.getStyleClass().remove(CONTRAST_STYLE);
        if (on) {
            root.getStyleClass().add(CONTRAST_STYLE);
        }
    }

    boolean isOn() {
        return on;
    }

    void set(boolean wanted) {
        if (wanted) {
            enter();
        } else {
            leave();
        }
    }

    private void enter() {
        if (on) {
            return;
        }
        on = true;
        top = root.getTop();
        right = root.getRight();
        root.setTop(null);
        root.setRight(null);
        root.getStyleClass().add(STYLE);
        contrastBefore = state.layers().highContrast();
        state.setHighContrast(true);
        pointer.start(root.getScene());
        Stage stage = stage();
        if (stage != null) {
            stage.setFullScreen(true);
            stage.fullScreenProperty().addListener(fullScreen);
        }
        item.setSelected(true);
        show();
    }

    private void leave() {
        if (!on) {
            return;
        }
        on = false;
        root.setTop(top);
        root.setRight(right);
        root.getStyleClass().remove(STYLE);
        pointer.stop();
        state.setHighContrast(contrastBefore);
        Stage stage = stage();
        if (stage != null) {
            stage.fullScreenProperty().removeListener(fullScreen);
            stage.setFullScreen(false);
        }
        item.setSelected(false);
        show();
    }

    private Stage stage() {
        return root.getScene() != null && root.getScene().getWindow() instanceof Stage s ? s : null;
    }

    /** Handles the mode's keys; false for a key it leaves to the window. */
    boolean onKey(KeyEvent e) {
        KeyCode k = e.getCode();
        if (k == KeyCode.F11) {
            set(!on);
        } else if (k == KeyCode.ESCAPE && on) {
            leave();
        } else if (k == KeyCode.PAGE_DOWN) {
            story.next();
        } else if (k == KeyCode.PAGE_UP) {
            story.previous();
        } else if (e.isShiftDown() && (k == KeyCode.LEFT || k == KeyCode.RIGHT)) {
            state.apply(new Command.Step(k == KeyCode.LEFT ? -7 : 7));
        } else {
            return false;
        }
        return true;
    }

    /** The caption whenever a story step is shown. */
    private void show() {
        StoryStep s = story.current();
        caption.setText(s == null ? "" : s.caption(texts.spanish()));
        caption.setVisible(s != null);
        caption.setManaged(caption.isVisible());
        overlay.setVisible(caption.isVisible());
    }
}
