package org.cronomapa.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.cronomapa.labels.Texts;
import org.cronomapa.io.AtomicFiles;
import org.cronomapa.state.RecentFiles;

/**
 * The recent files kept between runs in {@code ~/.cronomapa/recent-files.txt} (or in the folder
 * {@code cronomapa.settings.dir} names), one path a line,
 * written atomically. A missing or unreadable list is an empty one: it must never stop the app.
 */
final class RecentFilesOnDisk extends RecentFiles {
    private final Path store;
    private final Texts texts;
    private final Consumer<String> notes;

    private RecentFilesOnDisk(Path store, List<Path> saved, Texts texts, Consumer<String> notes) {
        super(saved);
        this.store = store;
        this.texts = texts;
        this.notes = notes;
    }

    /** The list kept in {@code store}; what goes wrong reading or saving it is a note, in the window's language, on standard error. */
    static RecentFilesOnDisk load(Path store, Texts texts) {
        return load(store, texts, System.err::println);
    }

    static RecentFilesOnDisk load(Path store, Texts texts, Consumer<String> notes) {
        List<Path> saved = new ArrayList<>();
        try {
            if (Files.isRegularFile(store)) {
                for (String line : Files.readAllLines(store)) {
                    try {
                        Path p = Path.of(line.trim());
                        if (!line.isBlank() && Files.exists(p)) {
                            saved.add(p);
                        }
                    } catch (InvalidPathException ignored) {
                        // a line another program garbled: skip it, keep the rest
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            notes.accept(texts.get("cli.recentNotRead", store.toString(), String.valueOf(e.getMessage())));
        }
        return new RecentFilesOnDisk(store, saved, texts, notes);
    }

    @Override
    protected void saved(List<Path> list) {
        try {
            Files.createDirectories(store.getParent());
            AtomicFiles.writeText(store, w -> {
                for (Path p : list) {
                    w.write(p.toString());
                    w.write('\n');
                }
            });
        } catch (IOException | RuntimeException e) {
            notes.accept(texts.get("cli.recentNotSaved", store.toString(), String.valueOf(e.getMessage())));
        }
    }
}
