package org.cronomapa.ui;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import org.cronomapa.labels.Texts;
import org.cronomapa.model.StoryStep;
import org.cronomapa.state.StoryDocument;

/** One step: its number and date, its caption in the language shown (wrapped), and what it lacks. */
final class StoryStepCell extends ListCell<StoryStep> {
    private final Texts texts;
    private final StoryActions actions;
    private final Supplier<Set<String>> eventIds;
    private final Label head = new Label();
    private final Label caption = new Label();
    private final Label issues = new Label();
    private final VBox box = new VBox(2, head, caption, issues);

    /**
     * {@code eventIds}: the ids of the events shown (a step's linked event must be one);
     * {@code move}: moves a step from one place in the list to another (a drag and drop).
     */
    StoryStepCell(Texts texts, StoryActions actions, Supplier<Set<String>> eventIds,
            javafx.beans.value.ObservableDoubleValue listWidth, java.util.function.BiConsumer<Integer, Integer> move) {
        this.texts = texts;
        this.actions = actions;
        this.eventIds = eventIds;
        head.getStyleClass().add("story-step-head");
        caption.setWrapText(true);
        issues.setWrapText(true);
        issues.getStyleClass().add("story-issues");
        // wrap inside the list, below its scroll bar
        var width = javafx.beans.binding.Bindings.subtract(listWidth, 36);
        caption.maxWidthProperty().bind(width);
        issues.maxWidthProperty().bind(width);
        head.maxWidthProperty().bind(width);
        setOnDragDetected(e -> {
            if (getItem() != null) {
                ClipboardContent c = new ClipboardContent();
                c.putString(Integer.toString(getIndex()));
                startDragAndDrop(TransferMode.MOVE).setContent(c);
                e.consume();
            }
        });
        setOnDragOver(e -> {
            if (e.getGestureSource() instanceof StoryStepCell) {
                e.acceptTransferModes(TransferMode.MOVE);
                e.consume();
            }
        });
        setOnDragDropped(e -> {
            boolean done = e.getGestureSource() instanceof StoryStepCell from && from.getIndex() >= 0;
            if (done) {
                int to = getItem() == null ? getListView().getItems().size() - 1 : getIndex();
                move.accept(((StoryStepCell) e.getGestureSource()).getIndex(), to);
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    @Override
    protected void updateItem(StoryStep s, boolean empty) {
        super.updateItem(s, empty);
        setText(null);
        if (empty || s == null) {
            setGraphic(null);
            return;
        }
        head.setText(texts.get("story.step.head", getIndex() + 1, texts.date(s.date())));
        String words = s.caption(texts.spanish());
        caption.setText(words.isBlank() ? texts.get("story.caption.empty") : words);
        List<String> found = StoryDocument.issues(s, eventIds.get()).stream().map(actions::issue).toList();
        issues.setText(found.isEmpty() ? "" : "\u26a0 " + String.join(" · ", found));
        issues.setVisible(!found.isEmpty());
        issues.setManaged(!found.isEmpty());
        setGraphic(box);
    }
}
