package org.cronomapa.state;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files the user opened lately, most recent first. The window lists them under File → Recent;
 * the app keeps them between runs ({@link #remember} is where it saves). This in-memory one serves
 * tests and a first run.
 */
public class RecentFiles {
    public static final int KEPT = 8;
    private final List<Path> files = new ArrayList<>();

    public RecentFiles(List<Path> saved) {
        saved.stream().limit(KEPT).forEach(files::add);
    }

    public List<Path> list() {
        return List.copyOf(files);
    }

    /** Moves the file to the top of the list, dropping the oldest beyond {@link #KEPT}. */
    public void remember(Path file) {
        Path p = file.toAbsolutePath().normalize();
        files.remove(p);
        files.add(0, p);
        while (files.size() > KEPT) {
            files.remove(files.size() - 1);
        }
        saved(list());
    }

    /** Called with the new list after each change; the app writes it to disk. */
    protected void saved(List<Path> list) {
    }
}
