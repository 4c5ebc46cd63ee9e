package org.cronomapa.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every problem the readers can report reads in both languages, with the same values in it. */
class ProblemMessagesTest {
    private static final Locale ES = Locale.forLanguageTag("es");
    private static final Pattern ARG = Pattern.compile("\\{([0-9])\\}");

    static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ProblemMessagesTest.class.getResourceAsStream("/org/cronomapa/model/" + name)) {
            p.load(in);
        }
        return p;
    }

    private static Set<String> arguments(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = ARG.matcher(pattern);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void everyKeyFormatsInBothLanguagesWithItsValues() throws IOException {
        Properties en = bundle("problems.properties");
        Properties es = bundle("problems_es.properties");
        List<String> same = new ArrayList<>();
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            Set<String> args = arguments(en.getProperty(key));
            assertEquals(args, arguments(es.getProperty(key)), key + ": the Spanish gives the same values as the English");
            String[] values = {"V0", "V1", "V2", "V3"};
            Problem p = Problem.of("bad.csv:7", "date", key, values);
            String english = p.message(Locale.ENGLISH);
            String spanish = p.message(ES);
            for (String message : List.of(english, spanish)) {
                assertFalse(message.isBlank(), key);
                assertFalse(ARG.matcher(message).find(), key + " left a placeholder: " + message);
                for (String a : args) {
                    assertTrue(message.contains("V" + a), key + " shows its value " + a + ": " + message);
                }
            }
            assertEquals(english, p.message(), "message() is the English");
            assertEquals("bad.csv:7 [date] " + spanish, p.toString(ES), "location and field stay named");
            if (english.equals(spanish)) {
                same.add(key);
            }
        }
        // JSON's own words and format names are the same in both languages; nothing else is.
        assertEquals(List.of("problem.kind.null"), same, "keys left in English in the Spanish bundle");
    }

    @Test
    void aQuoteInAMessageIsShownOnce() {
        Problem p = Problem.of("bad.csv:3", "date", "problem.date.form", "2023-02-30");
        assertEquals("'2023-02-30' is not a date in the form YYYY-MM-DD", p.message());
        assertEquals("'2023-02-30' no es una fecha con la forma AAAA-MM-DD", p.message(ES));
        assertEquals("bad.csv:3 [date] '2023-02-30' is not a date in the form YYYY-MM-DD", p.toString());
    }

    @Test
    void aJsonKindIsTranslatedAsAnArgument() {
        Problem p = Problem.of("x.geojson#2", "sources", "problem.geojson.sourcesList", "problem.kind.object");
        assertEquals("must be a list of {publisher, title, date, url}, not object", p.message());
        assertEquals("debe ser una lista de {publisher, title, date, url}, no un objeto", p.message(ES));
    }

    @Test
    void wordsAlreadyWrittenAreShownAsTheyAreInEveryLanguage() {
        Problem p = new Problem("x.csv:2", "date", "not a date");
        assertEquals("not a date", p.message(ES));
        assertEquals("x.csv:2 [date] not a date", p.toString());
        assertNull(new Problem("x.csv", "file", (String) null).message());
    }

    @Test
    void aLanguageWithoutTranslationsReadsEnglish() {
        Problem p = Problem.of("x.csv", "file", "problem.file.empty");
        assertEquals("the file is empty", p.message(Locale.FRENCH));
        assertNotEquals(p.message(), p.message(ES));
    }
}
