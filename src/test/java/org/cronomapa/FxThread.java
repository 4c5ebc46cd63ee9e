package org.cronomapa;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the (headless, via surefire's system properties) toolkit once and runs work on its thread. */
public final class FxThread {
    private FxThread() {
    }

    public static void start() {
        try {
            FxToolkit.registerPrimaryStage();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the JavaFX toolkit did not start", e);
        }
    }

    public static <T> T call(Callable<T> work) throws Exception {
        start();
        return WaitForAsyncUtils.asyncFx(work).get(60, TimeUnit.SECONDS);
    }
}
