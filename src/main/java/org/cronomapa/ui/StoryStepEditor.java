package org.cronomapa.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.cronomapa.labels.Texts;
import org.cronomapa.model.StoryStep;
import org.cronomapa.state.StoryDocument;

/**
 * The fields of the step chosen in the Story tab: its date, its source event and its captions in
 * Spanish and English. Every change is handed on at once as an edit of the step; a required field
 * left empty is outlined and named below the fields.
 */
final class StoryStepEditor extends VBox {
    static final String MISSING = "story-missing";
    private final Texts texts;
    private final Label heading = new Label();
    private final DatePicker date = new DatePicker();
    private final TextField source = new TextField();
    private final TextArea captionEs = area("story-caption-es");
    private final TextArea captionEn = area("story-caption-en");
    private final Label issues = new Label();
    private Consumer<UnaryOperator<StoryStep>> onEdit = f -> { };
    private boolean showing;

    /** @param selectedEvent the id of the event selected on the map, or null */
    StoryStepEditor(Texts texts, java.util.function.Supplier<String> selectedEvent) {
        super(4);
        this.texts = texts;
        getStyleClass().add("story-editor");
        heading.getStyleClass().add("filter-heading");
        heading.setId("story-step-heading");
        heading.setWrapText(true);
        date.setId("story-date");
        date.setConverter(dates(texts));
        date.setMaxWidth(Double.MAX_VALUE);
        date.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                edit(s -> s.withDate(b));
            }
        });
        source.setId("story-source");
        source.textProperty().addListener((o, a, b) -> edit(s -> s.withSource(b.strip())));
        Button useSelected = new Button(texts.get("story.source.selected"));
        useSelected.setId("story-source-selected");
        useSelected.setOnAction(e -> {
            String id = selectedEvent.get();
            if (id != null) {
                source.setText(id);
            }
        });
        useSelected.setMinWidth(Region.USE_PREF_SIZE);
        captionEs.textProperty().addListener((o, a, b) -> edit(s -> s.withCaptions(b, s.captionEn())));
        captionEn.textProperty().addListener((o, a, b) -> edit(s -> s.withCaptions(s.captionEs(), b)));
        issues.setId("story-issues");
        issues.getStyleClass().add("story-issues");
        issues.setWrapText(true);
        getChildren().addAll(heading, labelled(texts.get("story.date"), date),
                labelled(texts.get("story.source"), new VBox(4, source, useSelected)),
                labelled(texts.get("story.caption.es"), captionEs), labelled(texts.get("story.caption.en"), captionEn), issues);
        show(-1, null, List.of());
    }

    void setOnEdit(Consumer<UnaryOperator<StoryStep>> action) {
        onEdit = action;
    }

    private void edit(UnaryOperator<StoryStep> change) {
        if (!showing) {
            onEdit.accept(change);
        }
    }

    private static TextArea area(String id) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(3);
        return a;
    }

    private VBox labelled(String words, javafx.scene.Node field) {
        Label l = new Label(words);
        l.setWrapText(true);
        if (field instanceof Control c) {
            l.setLabelFor(c);
        } else {
            l.setLabelFor(source);
        }
        return new VBox(2, l, field);
    }

    /**
     * Shows step {@code index} (from 0) and what is wrong with it; with no step, the fields are
     * empty and disabled. Showing hands on no edit.
     */
    void show(int index, StoryStep s, List<StoryDocument.Issue> found) {
        showing = true;
        try {
            setDisable(s == null);
            heading.setText(s == null ? texts.get("story.step.none") : texts.get("story.step.number", index + 1));
            if (s != null) {
                date.setValue(s.date());
                setIfChanged(source, s.sourceEventId());
                setIfChanged(captionEs, s.captionEs());
                setIfChanged(captionEn, s.captionEn());
            } else {
                date.setValue(null);
                source.clear();
                captionEs.clear();
                captionEn.clear();
            }
            mark(captionEs, found.contains(StoryDocument.Issue.NO_CAPTION_ES));
            mark(captionEn, found.contains(StoryDocument.Issue.NO_CAPTION_EN));
            mark(source, found.contains(StoryDocument.Issue.NO_SOURCE) || found.contains(StoryDocument.Issue.UNKNOWN_SOURCE));
        } finally {
            showing = false;
        }
    }

    /** The issues in words, under the fields. */
    void showIssues(List<String> words) {
        issues.setText(String.join("\n", words));
        issues.setVisible(!words.isEmpty());
        issues.setManaged(issues.isVisible());
    }

    /** Typing keeps its caret: a field is only rewritten when the step holds something else. */
    private static void setIfChanged(javafx.scene.control.TextInputControl field, String text) {
        if (!field.getText().equals(text)) {
            field.setText(text);
        }
    }

    private static void mark(Control c, boolean missing) {
        c.getStyleClass().remove(MISSING);
        if (missing) {
            c.getStyleClass().add(MISSING);
        }
    }

    /** A field focused (by Tab, or a step just added) is scrolled into sight in {@code scroll}. */
    void scrollIntoViewWhenFocused(javafx.scene.control.ScrollPane scroll) {
        for (Control c : new Control[] {date, source, captionEs, captionEn}) {
            c.focusedProperty().addListener((o, was, is) -> {
                if (is) {
                    javafx.application.Platform.runLater(() -> scrollTo(scroll, c));
                }
            });
        }
    }

    private void scrollTo(javafx.scene.control.ScrollPane scroll, Control c) {
        double content = getHeight() - scroll.getViewportBounds().getHeight();
        if (content > 0) {
            double top = c.localToScene(0, 0).getY() - localToScene(0, 0).getY();
            scroll.setVvalue(Math.max(0, Math.min(1, (top - 30) / content)));
        }
    }

    void focusCaption() {
        (texts.spanish() ? captionEs : captionEn).requestFocus();
    }

    /** Dates shown as the language writes them; typed as shown or as YYYY-MM-DD. */
    static StringConverter<LocalDate> dates(Texts texts) {
        DateTimeFormatter shown = DateTimeFormatter.ofPattern(texts.get("date.format"), texts.locale());
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : shown.format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                for (DateTimeFormatter f : new DateTimeFormatter[] {shown, DateTimeFormatter.ISO_LOCAL_DATE}) {
                    try {
                        return LocalDate.parse(s.strip(), f);
                    } catch (DateTimeParseException e) {
                        // the next way of writing it
                    }
                }
                return null;
            }
        };
    }
}
