package org.cronomapa.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.geometry.Orientation;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.cronomapa.labels.Texts;
import org.cronomapa.model.Story;
import org.cronomapa.model.StoryStep;
import org.cronomapa.state.StoryDocument;
import org.cronomapa.state.ViewerState;

/**
 * The Story tab: the story's name, its steps (number, date, caption in the language shown, and
 * what is missing), buttons and keys to add a step from the view, change it, move it (also by
 * dragging), delete it and go to it, the chosen step's fields, and the story's file buttons.
 * It edits the {@link StoryDocument}'s value; going to a step is the player's animated move.
 */
final class StoryPanel extends VBox {
    private final ViewerState state;
    private final Texts texts;
    private final StoryDocument doc;
    private final StoryPlayer player;
    private final StoryActions actions;
    private final TextField name = new TextField();
    private final Label status = new Label();
    private final ObservableList<StoryStep> items = FXCollections.observableArrayList();
    private final ListView<StoryStep> list = new ListView<>(items);
    private final StoryStepEditor editor;
    private final List<Button> needStep = new ArrayList<>();
    private Set<String> eventIds;
    private boolean refreshing;

    StoryPanel(ViewerState state, Texts texts, StoryDocument doc, StoryPlayer player, StoryActions actions) {
        super(6);
        this.state = state;
        this.texts = texts;
        this.doc = doc;
        this.player = player;
        this.actions = actions;
        getStyleClass().add("story-panel");
        setId("story-panel");
        editor = new StoryStepEditor(texts, this::selectedEventId);
        editor.setOnEdit(this::editSelected);
        name.setId("story-name");
        name.textProperty().addListener((o, a, b) -> {
            if (!refreshing) {
                doc.edit(s -> s.withName(b));
            }
        });
        Label nameLabel = new Label(texts.get("story.name"));
        nameLabel.setLabelFor(name);
        status.setId("story-status");
        status.setWrapText(true);
        list.setId("story-steps");
        list.setAccessibleText(texts.get("story.steps"));
        list.setCellFactory(v -> new StoryStepCell(texts, actions, this::ids, list.widthProperty(), this::moveTo));
        list.setPrefHeight(200);
        list.setMinHeight(80);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (!refreshing) {
                showSelected();
            }
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        FlowPane stepButtons = new FlowPane(4, 4,
                button(texts.get("story.add"), "story-add", false, this::addFromView),
                button(texts.get("story.update"), "story-update", true, this::updateFromView),
                button(texts.get("story.go"), "story-go", true, () -> player.go(selected())),
                button(texts.get("story.up"), "story-up", true, () -> move(-1)),
                button(texts.get("story.down"), "story-down", true, () -> move(1)),
                button(texts.get("story.delete"), "story-delete", true, this::deleteSelected));
        FlowPane fileButtons = new FlowPane(4, 4,
                button(texts.get("story.new"), "story-new", false, actions::newStory),
                button(texts.get("story.open"), "story-open", false, actions::choose),
                button(texts.get("story.save"), "story-save", false, actions::save),
                button(texts.get("story.saveAs"), "story-save-as", false, actions::chooseSaveAs));
        // the list above, the chosen step's fields below, the divider between them to drag
        VBox steps = new VBox(6, fileButtons, status, nameLabel, name, list, stepButtons);
        ScrollPane fields = new ScrollPane(editor);
        fields.setFitToWidth(true);
        fields.setId("story-fields");
        editor.scrollIntoViewWhenFocused(fields);
        SplitPane split = new SplitPane(steps, fields);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().add(split);
        doc.storyProperty().addListener((o, a, b) -> refresh());
        doc.dirtyProperty().addListener((o, a, b) -> showStatus());
        doc.fileProperty().addListener((o, a, b) -> showStatus());
        state.data().datasetProperty().addListener((o, a, b) -> {
            eventIds = null;
            refresh();
        });
        player.stepProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0 && b.intValue() < items.size()) {
                list.getSelectionModel().select(b.intValue());
            }
        });
        refresh();
    }

    private Button button(String words, String id, boolean forStep, Runnable action) {
        Button b = new Button(words);
        b.setId(id);
        b.setOnAction(e -> action.run());
        if (forStep) {
            needStep.add(b);
        }
        return b;
    }

    private int selected() {
        return list.getSelectionModel().getSelectedIndex();
    }

    private String selectedEventId() {
        var d = state.data().dataset();
        int row = state.selection().selectedRow();
        return d != null && row >= 0 && row < d.events().size() ? d.event(row).id() : null;
    }

    /** A step showing the view, after the chosen step (or at the end); its caption is focused to be written. */
    void addFromView() {
        StoryStep s = StoryDocument.fromView(state);
        if (s == null) {
            return;
        }
        int at = selected() < 0 ? items.size() : selected() + 1;
        player.renumbered(StoryOrder.afterInsert(player.stepProperty().get(), at));
        doc.edit(story -> story.inserted(at, s));
        list.getSelectionModel().select(at);
        list.scrollTo(at);
        editor.focusCaption();
    }

    /** The chosen step shows the view now (day, box, window, filter); its captions and source stay. */
    private void updateFromView() {
        StoryStep view = StoryDocument.fromView(state);
        if (view != null) {
            editSelected(s -> s.withViewOf(view));
        }
    }

    private void editSelected(UnaryOperator<StoryStep> change) {
        int i = selected();
        if (i >= 0 && i < items.size()) {
            doc.edit(story -> story.replaced(i, change.apply(story.steps().get(i))));
        }
    }

    /** Moves the chosen step one place up (-1) or down (+1). */
    void move(int by) {
        moveTo(selected(), selected() + by);
    }

    private void moveTo(int from, int to) {
        if (from < 0 || from >= items.size() || to < 0 || to >= items.size() || from == to) {
            return;
        }
        player.renumbered(StoryOrder.afterMove(player.stepProperty().get(), from, to));
        doc.edit(s -> s.moved(from, to));
        list.getSelectionModel().select(to);
    }

    void deleteSelected() {
        int i = selected();
        if (i < 0 || i >= items.size()) {
            return;
        }
        player.renumbered(StoryOrder.afterDelete(player.stepProperty().get(), i));
        doc.edit(s -> s.without(i));
        if (!items.isEmpty()) {
            list.getSelectionModel().select(Math.min(i, items.size() - 1));
        }
    }

    private void onKey(KeyEvent e) {
        KeyCode k = e.getCode();
        if (k == KeyCode.INSERT) {
            addFromView();
        } else if (k == KeyCode.DELETE) {
            deleteSelected();
        } else if (k == KeyCode.ENTER && selected() >= 0) {
            player.go(selected());
        } else if (e.isAltDown() && (k == KeyCode.UP || k == KeyCode.DOWN)) {
            move(k == KeyCode.UP ? -1 : 1);
        } else {
            return;
        }
        e.consume();
    }

    /** The list and the fields from the story now, keeping the chosen step. */
    private void refresh() {
        Story s = doc.story();
        int keep = selected();
        refreshing = true;
        try {
            if (!name.getText().equals(s.name())) {
                name.setText(s.name());
            }
            items.setAll(s.steps());
            if (keep >= 0 && keep < items.size()) {
                list.getSelectionModel().select(keep);
            } else {
                list.getSelectionModel().clearSelection();
            }
        } finally {
            refreshing = false;
        }
        player.update(s);
        showSelected();
        showStatus();
    }

    private void showSelected() {
        int i = selected();
        StoryStep s = i >= 0 && i < items.size() ? items.get(i) : null;
        List<StoryDocument.Issue> found = s == null ? List.of() : StoryDocument.issues(s, ids());
        editor.show(i, s, found);
        editor.showIssues(found.stream().map(actions::issue).toList());
        needStep.forEach(b -> b.setDisable(s == null));
    }

    /** The story's file (or that it has none) and whether it has unsaved edits. */
    private void showStatus() {
        String where = doc.file() == null ? texts.get("story.file.none") : doc.file().getFileName().toString();
        status.setText(doc.dirty() ? texts.get("story.status.unsaved", where) : where);
        status.getStyleClass().remove("story-unsaved");
        if (doc.dirty()) {
            status.getStyleClass().add("story-unsaved");
        }
    }

    /** The loaded events' ids, read once per dataset and only once a story has steps to check. */
    private Set<String> ids() {
        if (eventIds == null) {
            eventIds = StoryDocument.eventIds(state.data().dataset());
        }
        return eventIds;
    }
}
