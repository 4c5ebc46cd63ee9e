package org.cronomapa.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The icon PNGs the window and the launchers use, and the version the About dialog shows. */
class AppIconTest {
    @Test
    void everyIconSizeIsASquarePngWithTheSizeInItsName() throws Exception {
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            try (InputStream in = AppIcon.class.getResourceAsStream("/icons/cronomapa-" + size + ".png")) {
                assertNotNull(in, "icons/cronomapa-" + size + ".png is on the class path");
                BufferedImage image = ImageIO.read(in);
                assertEquals(size, image.getWidth());
                assertEquals(size, image.getHeight());
                // Rounded corners: transparent at the corner, opaque in the middle.
                assertEquals(0, image.getRGB(0, 0) >>> 24, "corner of " + size);
                assertEquals(255, image.getRGB(size / 2, size / 2) >>> 24, "middle of " + size);
            }
        }
    }

    @Test
    void theVersionIsThePomsVersion() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>cronomapa</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(m.find(), "pom.xml names the project's version");
        assertEquals(m.group(1), AppIcon.version());
    }

    @Test
    void theInstallersIconsHoldEverySize() throws Exception {
        byte[] ico = Files.readAllBytes(Path.of("icons/cronomapa.ico"));
        assertEquals(6, (ico[4] & 0xff) | (ico[5] & 0xff) << 8, "entries in the .ico");
        byte[] icns = Files.readAllBytes(Path.of("icons/cronomapa.icns"));
        assertEquals("icns", new String(icns, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(icns.length, java.nio.ByteBuffer.wrap(icns, 4, 4).getInt(), "the .icns length field");
    }
}
