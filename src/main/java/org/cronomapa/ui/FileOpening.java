package org.cronomapa.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
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

    DatasetOpener opener() {
        return opener;
    }

    void start(String name, Supplier<DatasetOpener.Opened> work, Consumer<DatasetOpener.Opened> done) {
        Task<DatasetOpener.Opened> task = new Task<>() {
            @Override
            protected DatasetOpener.Opened call() {
                return work.get();
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
                    ProblemReport.of(java.util.List.of(org.cronomapa.model.Problem.of(name, "file",
                            "problem.file.couldNotReadShort", String.valueOf(task.getException()))))));
        });
        task.setOnCancelled(e -> running.remove(task));
        running.add(task);
        Thread t = new Thread(task, "open-" + name);
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
