package org.cronomapa.app;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;

/** Starts the JavaFX toolkit with no display (Monocle, software pipeline) and runs work on it. */
final class Fx {
    private Fx() {
    }

    /** Starts the toolkit on another thread, so it comes up while the data loads (PERF-FACTS: ~0.25 s). */
    static CompletableFuture<Void> startHeadlessAsync() {
        return CompletableFuture.runAsync(Fx::startHeadless);
    }

    static void startHeadless() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            return;
        }
        started.join();
        StartupTrace.mark("toolkit up");
    }

    /** Runs {@code work} on the FX thread later (an {@link java.util.concurrent.Executor} for async steps). */
    static void run(Runnable work) {
        Platform.runLater(work);
    }

    /** Runs {@code work} on the FX thread and waits for its result. */
    static <T> T call(Callable<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return work.call();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error; // as thrown, so an OutOfMemoryError on a huge frame gets its own advice (Main.failed)
            }
            throw e.getCause() instanceof Exception ex ? ex : new RuntimeException(e.getCause());
        }
    }
}
