package org.cronomapa.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cronomapa.io.AtomicFiles;
import org.cronomapa.state.RecentFiles;

/**
 * The recent files kept between runs in {@code ~/.cronomapa/recent-files.txt} (or in the folder
 * {@code cronomapa.settings.dir} names), one path a line,
 * written atomically. A missing or unreadable list is an empty one: it must never stop the app.
 */
final class RecentFilesOnDisk extends RecentFiles {
    private final Path store;

    private RecentFilesOnDisk(Path store, List<Path> saved) {
        super(saved);
        this.store = store;
    }

    static RecentFilesOnDisk load() {
        // Beside the settings, so a test (or a portable install) that moves one moves both.
        String dir = System.getProperty("cronomapa.settings.dir");
        return load(dir != null ? Path.of(dir, "recent-files.txt")
                : Path.of(System.getProperty("user.home"), ".cronomapa", "recent-files.txt"));
    }

    static RecentFilesOnDisk load(Path store) {
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
            System.err.println("note: the recent files list could not be read (" + e.getMessage() + "); starting a new one");
        }
        return new RecentFilesOnDisk(store, saved);
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
            System.err.println("note: the recent files list could not be saved: " + e.getMessage());
        }
    }
}
