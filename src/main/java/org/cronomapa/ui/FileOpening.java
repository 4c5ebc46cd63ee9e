package org.cronomapa.ui;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.cronomapa.model.ProblemReport;
import org.cronomapa.state.DatasetOpener;

/**
 * Runs the opener off the FX thread, one daemon thread per file, and hands each outcome back on
 * the FX thread. {@link #cancelAll()} (the window closing) cancels those still running: their
 * outcome is never handed back.
 */
final class FileOpening {
    private final DatasetOpener opener;
    private final Set<Task<?>> running = new LinkedHashSet<>();

    FileOpening(DatasetOpener opener) {
        this.opener = opener;
    }

    void start(Path file, boolean validRowsOnly, Consumer<DatasetOpener.Opened> done) {
        Task<DatasetOpener.Opened> task = new Task<>() {
            @Override
            protected DatasetOpener.Opened call() {
                return validRowsOnly ? opener.openValidRows(file) : opener.open(file);
            }
        };
        task.setOnSucceeded(e -> {
            running.remove(task);
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            running.remove(task);
            // The opener reports problems rather than throwing; this is the last line of defence.
            done.accept(new DatasetOpener.Opened(null,
                    ProblemReport.of(file.toString(), "file", "could not read: " + task.getException())));
        });
        task.setOnCancelled(e -> running.remove(task));
        running.add(task);
        Thread t = new Thread(task, "open-" + file.getFileName());
        t.setDaemon(true);
        t.start();
    }

    void cancelAll() {
        for (Task<?> t : List.copyOf(running)) {
            t.cancel();
        }
        running.clear();
    }
}
