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

    /** Problem keys (the readers' messages, {@code model/problems*.properties}) are string literals too. */
    private static final Pattern PROBLEM = Pattern.compile("\"(problem\\.[a-zA-Z0-9_.]*[a-zA-Z0-9_])\"");

    private static Properties load(String name) throws IOException {
        return resource("/org/cronomapa/app/" + name);
    }

    private static Properties loadProblems(String name) throws IOException {
        return resource("/org/cronomapa/model/" + name);
    }

    private static Properties resource(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationKeysTest.class.getResourceAsStream(path)) {
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
                    for (String key : new String[] {t.group(1), t.group(2)}) {
                        if (!PROBLEM.matcher('"' + key + '"').matches()) { // problem keys have their own bundle
                            used.add(key);
                        }
                    }
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

    private static Set<String> usedProblemKeys() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = PROBLEM.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        return used;
    }

    @Test
    void problemKeysAreInBothLanguagesAndAllUsed() throws IOException {
        Set<String> defined = new TreeSet<>(loadProblems("problems.properties").stringPropertyNames());
        assertEquals(defined, new TreeSet<>(loadProblems("problems_es.properties").stringPropertyNames()));
        Set<String> used = usedProblemKeys();
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(defined);
        assertTrue(missing.isEmpty(), "missing problem keys: " + missing);
        Set<String> unused = new TreeSet<>(defined);
        unused.removeAll(used);
        assertTrue(unused.isEmpty(), "unused problem keys: " + unused);
        for (String bundle : new String[] {"problems.properties", "problems_es.properties"}) {
            Properties p = loadProblems(bundle);
            for (String key : p.stringPropertyNames()) {
                assertTrue(!p.getProperty(key).matches("(?s).*\\{[0-9],.*"), key + ": arguments are strings, no formats");
                new java.text.MessageFormat(p.getProperty(key)).format(new Object[] {"x", "y", "z", "w"});
            }
        }
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
