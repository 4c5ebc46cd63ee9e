package org.cronomapa;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every library the app ships is listed with its licence: each non-test dependency in pom.xml
 * appears in THIRD-PARTY.md, and each library named there appears in the About dialog's list in
 * both languages.
 */
class ThirdPartyListTest {
    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([^<]+)</artifactId>");

    @Test
    void everyShippedDependencyIsInTheThirdPartyList() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        String list = Files.readString(Path.of("THIRD-PARTY.md"));
        List<String> shipped = new ArrayList<>();
        Matcher m = DEPENDENCY.matcher(pom.substring(pom.indexOf("<dependencies>"), pom.indexOf("</dependencies>")));
        while (m.find()) {
            String dependency = m.group(1).replaceAll("<exclusions>.*?</exclusions>", "");
            if (!dependency.contains("<scope>test</scope>")) {
                Matcher a = ARTIFACT.matcher(dependency);
                assertTrue(a.find(), dependency);
                shipped.add(a.group(1));
            }
        }
        assertFalse(shipped.isEmpty());
        for (String artifact : shipped) {
            assertTrue(list.contains(":" + artifact + "`"), artifact + " is listed in THIRD-PARTY.md");
        }
    }

    @Test
    void theAboutDialogNamesEveryListedLibraryInBothLanguages() throws Exception {
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("THIRD-PARTY.md"))) {
            if (line.startsWith("| ") && line.contains("`")) {
                names.add(line.substring(2, line.indexOf(':')).trim()); // "OpenJFX", "Apache PDFBox", ...
            }
        }
        assertTrue(names.size() >= 8, names.toString());
        for (String bundle : new String[] {"messages.properties", "messages_es.properties"}) {
            java.util.Properties words = new java.util.Properties();
            try (var in = Files.newInputStream(Path.of("src/main/resources/org/cronomapa/app", bundle))) {
                words.load(in);
            }
            String libraries = words.getProperty("about.libraries");
            for (String name : names) {
                String shortName = name.replace("Apache ", "");
                assertTrue(libraries.contains(shortName), shortName + " in " + bundle + "'s About text");
            }
        }
    }
}
