package org.cronomapa.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.HostServices;

/**
 * Opens a web address in the system browser through JavaFX's host services, and throws when it
 * cannot, so the window can say so: on Linux {@code showDocument} hands the address to GTK, which
 * reports a missing browser only on the console; GIO (whose {@code gio} tool answers the same
 * question GTK asks) is asked first whether any application handles the scheme.
 */
public final class SystemBrowser {
    private SystemBrowser() {
    }

    public static Consumer<String> of(HostServices host) {
        return url -> {
            if (host == null) {
                throw new IllegalStateException("no host services to open " + url);
            }
            if (!handlerKnown(url)) {
                throw new IllegalStateException("no web browser to open " + url);
            }
            host.showDocument(url);
        };
    }

    /** False only when the system says no application opens the link's scheme; unsure is true. */
    private static boolean handlerKnown(String url) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return true;
        }
        String scheme = url.substring(0, Math.max(0, url.indexOf(':'))).toLowerCase(Locale.ROOT);
        try {
            Process p = new ProcessBuilder("gio", "mime", "x-scheme-handler/" + scheme).redirectErrorStream(true).start();
            if (!p.waitFor(3, TimeUnit.SECONDS)) {
                p.destroy();
                return true;
            }
            String answer = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return answer.contains(":") && !answer.startsWith("No default");
        } catch (IOException e) {
            return true; // no gio: leave it to GTK
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
