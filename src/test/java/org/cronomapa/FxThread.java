package org.cronomapa;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Starts the (headless, via surefire's system properties) toolkit once and runs work on its thread. */
public final class FxThread {
    private static boolean started;

    private FxThread() {
    }

    public static synchronized void start() {
        if (started) {
            return;
        }
        CompletableFuture<Void> up = new CompletableFuture<>();
        try {
            Platform.startup(() -> up.complete(null));
            up.join();
        } catch (IllegalStateException alreadyRunning) {
            // TestFX or another test started it first.
        }
        Platform.setImplicitExit(false);
        started = true;
    }

    public static <T> T call(Callable<T> work) throws Exception {
        start();
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
