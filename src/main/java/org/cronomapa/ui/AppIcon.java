package org.cronomapa.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * Cronomapa's identity in the window: its icon (icons/cronomapa.svg, rendered to PNG by
 * tools/icons.py) in every size the desktop may ask for, and the version Maven built.
 */
public final class AppIcon {
    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};
    private static List<Image> images;

    private AppIcon() {
    }

    /** The icon at 16 to 256 pixels; the system picks the size it draws. Empty if the PNGs are missing. */
    public static synchronized List<Image> images() {
        if (images == null) {
            List<Image> found = new ArrayList<>();
            for (int size : SIZES) {
                Image image = image(size);
                if (image != null) {
                    found.add(image);
                }
            }
            images = List.copyOf(found);
        }
        return images;
    }

    /** Gives a window (the main one or a dialog's) the icon. */
    public static void apply(Stage stage) {
        stage.getIcons().setAll(images());
    }

    static Image image(int size) {
        var url = AppIcon.class.getResource("/icons/cronomapa-" + size + ".png");
        return url == null ? null : new Image(url.toExternalForm());
    }

    /** The project version this build was made from (pom.xml), or "?" if the build left it out. */
    static String version() {
        try (InputStream in = AppIcon.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "?";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "?");
            return v.startsWith("${") ? "?" : v;
        } catch (IOException e) {
            return "?";
        }
    }
}
