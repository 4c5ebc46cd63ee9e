package org.cronomapa.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.cronomapa.labels.Texts;
import org.cronomapa.model.Story;
import org.cronomapa.model.StoryStep;
import org.cronomapa.state.StoryDocument;
import org.cronomapa.state.StoryFiles;

/**
 * File → Story (and the Story tab's buttons): a new story, a story file opened (a refused file is
 * shown with its problems and the story shown is kept), saved atomically through the app's
 * {@link StoryFiles}, and the bundled story. Unsaved edits are never dropped without asking.
 */
final class StoryActions {
    private final StoryDocument doc;
    private final StoryPlayer player;
    private final Texts texts;
    private final Supplier<Window> owner;
    private StoryFiles files = StoryFiles.NONE;

    StoryActions(StoryDocument doc, StoryPlayer player, Texts texts, Supplier<Window> owner) {
        this.doc = doc;
        this.player = player;
        this.texts = texts;
        this.owner = owner;
    }

    void setFiles(StoryFiles f) {
        files = f;
    }

    Menu menu() {
        Menu menu = new Menu(texts.get("menu.story"));
        menu.setId("story-menu");
        menu.getItems().addAll(item(texts.get("menu.story.new"), "story-new-item", null, this::newStory),
                item(texts.get("menu.story.open"), "story-open-item", "Shortcut+Shift+O", this::choose),
                item(texts.get("menu.story.save"), "story-save-item", "Shortcut+Shift+S", this::save),
                item(texts.get("menu.story.saveAs"), "story-save-as-item", null, this::chooseSaveAs),
                new SeparatorMenuItem(),
                item(texts.get("menu.story.bundled"), "story-bundled-item", null, this::openBundled));
        return menu;
    }

    private static MenuItem item(String words, String id, String keys, Runnable action) {
        MenuItem m = new MenuItem(words);
        m.setId(id);
        if (keys != null) {
            m.setAccelerator(KeyCombination.keyCombination(keys));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    void newStory() {
        if (confirmDiscard()) {
            load(new Story(texts.get("story.untitled"), List.of()), null);
        }
    }

    void openBundled() {
        if (confirmDiscard()) {
            StoryFiles.Opened r = files.bundled();
            if (r.ok()) {
                load(r.story(), null);
            } else {
                refused(Path.of("story.json"), r);
            }
        }
    }

    void choose() {
        if (!confirmDiscard()) {
            return;
        }
        File f = chooser(texts.get("story.open.title")).showOpenDialog(owner.get());
        if (f != null) {
            read(f.toPath());
        }
    }

    /** Opens a story file, asking first if the story shown has unsaved edits. */
    void open(Path file) {
        if (confirmDiscard()) {
            read(file);
        }
    }

    private void read(Path file) {
        StoryFiles.Opened r = files.open(file);
        if (r.ok()) {
            load(r.story(), file);
        } else {
            refused(file, r);
        }
    }

    private void refused(Path file, StoryFiles.Opened r) {
        Alert alert = ProblemsDialog.create(file, r.problems(), texts);
        alert.setTitle(texts.get("story.problems.title"));
        alert.setHeaderText(texts.get("story.problems.header", file.getFileName()));
        alert.show();
    }

    private void load(Story s, Path file) {
        doc.load(s, file);
        player.setStory(s);
    }

    /** Saves to the story's file, or asks for one; false if nothing was written. */
    boolean save() {
        return doc.file() == null ? chooseSaveAs() : saveAs(doc.file());
    }

    boolean chooseSaveAs() {
        FileChooser chooser = chooser(texts.get("story.save.title"));
        chooser.setInitialFileName(doc.file() == null ? "story.json" : doc.file().getFileName().toString());
        File f = chooser.showSaveDialog(owner.get());
        return f != null && saveAs(f.toPath());
    }

    /** Writes the story to {@code file} (atomically), unless a step lacks what the file format requires. */
    boolean saveAs(Path file) {
        List<String> missing = missing(doc.story());
        if (!missing.isEmpty()) {
            Alert alert = new Alert(Alert.AlertType.WARNING, String.join("\n", missing));
            alert.setTitle(texts.get("story.save.failed.title"));
            alert.setHeaderText(texts.get("story.save.incomplete", file.getFileName()));
            alert.show();
            return false;
        }
        try {
            files.save(file, doc.story());
            doc.saved(file);
            return true;
        } catch (Exception e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, String.valueOf(e.getMessage()));
            alert.setTitle(texts.get("story.save.failed.title"));
            alert.setHeaderText(texts.get("story.save.failed", file.getFileName()));
            alert.show();
            return false;
        }
    }

    /** One line per required field left empty ("Step 2: the English caption is empty"); none for a story that can be saved. */
    List<String> missing(Story s) {
        List<String> out = new ArrayList<>();
        if (s.steps().isEmpty()) {
            out.add(texts.get("story.save.empty"));
        }
        for (int i = 0; i < s.steps().size(); i++) {
            StoryStep step = s.steps().get(i);
            for (StoryDocument.Issue issue : StoryDocument.issues(step, Set.of())) {
                if (issue.stopsSaving()) {
                    out.add(texts.get("story.step.number", i + 1) + ": " + issue(issue));
                }
            }
        }
        return out;
    }

    /** An issue in words. */
    String issue(StoryDocument.Issue issue) {
        return switch (issue) {
            case NO_CAPTION_ES -> texts.get("story.issue.noCaptionEs");
            case NO_CAPTION_EN -> texts.get("story.issue.noCaptionEn");
            case NO_SOURCE -> texts.get("story.issue.noSource");
            case UNKNOWN_SOURCE -> texts.get("story.issue.unknownSource");
        };
    }

    /**
     * True if the story may be replaced: nothing unsaved, or the user chose to save it (and it was
     * saved) or to discard it.
     */
    boolean confirmDiscard() {
        if (!doc.dirty()) {
            return true;
        }
        ButtonType save = new ButtonType(texts.get("story.confirm.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(texts.get("story.confirm.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(texts.get("story.confirm.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, texts.get("story.confirm.text"), save, discard, cancel);
        alert.setTitle(texts.get("story.confirm.title"));
        alert.setHeaderText(texts.get("story.confirm.header", doc.story().name()));
        alert.initOwner(owner.get());
        Optional<ButtonType> chosen = alert.showAndWait();
        return chosen.isPresent() && (chosen.get() == discard || chosen.get() == save && save());
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(texts.get("story.files"), "*.json"),
                new FileChooser.ExtensionFilter(texts.get("open.all"), "*"));
        if (doc.file() != null && doc.file().getParent() != null && doc.file().getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(doc.file().getParent().toFile());
        }
        return chooser;
    }
}
