package org.cronomapa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cronomapa.model.EventType;
import org.junit.jupiter.api.Test;

/** Every key used in the code exists in both languages, and no key is left unused. */
class TranslationKeysTest {
    private static final Pattern USE = Pattern.compile(
            "(?:\\b(?:texts|t)\\.get|getString|add\\(grid, r,)\\(?\\s*\"([a-z][a-zA-Z0-9_]*\\.[a-zA-Z0-9_.]*[a-zA-Z0-9_])\"");
    private static final Pattern TERNARY = Pattern.compile("\\? \"([a-z]+\\.[a-zA-Z0-9_.]+)\" : \"([a-z]+\\.[a-zA-Z0-9_.]+)\"");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationKeysTest.class.getResourceAsStream("/org/cronomapa/app/" + name)) {
            p.load(in);
        }
        return p;
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                Matcher m = USE.matcher(src);
                while (m.find()) {
                    used.add(m.group(1));
                }
                Matcher t = TERNARY.matcher(src);
                while (t.find()) {
                    used.add(t.group(1));
                    used.add(t.group(2));
                }
            }
        }
        for (EventType t : EventType.values()) {
            used.add("type." + t.code());
        }
        for (String kind : new String[] {"civilian_security_forces", "security_forces_member", "blockade_related",
            "accident", "other"}) {
            used.add("deathKind." + kind);
        }
        for (String field : new String[] {"fatalities", "injured", "count"}) {
            used.add("field." + field);
        }
        for (int level = 1; level <= 3; level++) {
            used.add("geoPrecision." + level);
            used.add("timePrecision." + level);
        }
        for (org.cronomapa.map.DensityMode m : org.cronomapa.map.DensityMode.values()) {
            used.add("density." + m.name()); // the toolbar's Show choice names each mode
        }
        return used;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("messages.properties").stringPropertyNames()),
                new TreeSet<>(load("messages_es.properties").stringPropertyNames()));
    }

    @Test
    void everyMessageIsAValidPattern() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_es.properties"}) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                if (!key.equals("date.format")) {
                    new java.text.MessageFormat(p.getProperty(key)).format(new Object[] {"x", "y", "z"});
                }
            }
        }
    }

    @Test
    void everyUsedKeyExists() throws IOException {
        Set<String> defined = load("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>(usedKeys());
        missing.removeAll(defined);
        assertTrue(missing.isEmpty(), "missing keys: " + missing);
    }

    @Test
    void noKeyIsUnused() throws IOException {
        Set<String> unused = new TreeSet<>(load("messages.properties").stringPropertyNames());
        unused.removeAll(usedKeys());
        assertTrue(unused.isEmpty(), "unused keys: " + unused);
    }
}
