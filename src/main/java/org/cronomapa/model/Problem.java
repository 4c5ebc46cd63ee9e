package org.cronomapa.model;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One thing wrong with an input file: where ({@code file:line} or {@code file#feature}),
 * which field, and what is wrong, in words a user can act on. The words are a key of the
 * {@code problems} bundle and its arguments (the values the file holds, as strings), so the
 * same problem reads in the user's language; {@link #message()} gives the English. An argument
 * that is a {@code problem.kind.*} key (a JSON value's kind) is translated as well.
 *
 * @param key the message's key in {@code org/cronomapa/model/problems*.properties}, or null
 *     for words already written (the one argument), shown as they are in every language
 */
public record Problem(String location, String field, String key, List<String> args) {
    private static final String BUNDLE = "org.cronomapa.model.problems";
    /** Arguments starting so name a JSON value's kind, a word the bundle translates too. */
    private static final String KIND = "problem.kind.";

    public Problem {
        // Arguments may be null (an exception without a message); List.copyOf would refuse them.
        args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
    }

    /** A problem whose words are already written, the same in every language. */
    public Problem(String location, String field, String message) {
        this(location, field, null, Collections.singletonList(message));
    }

    /** A problem worded by {@code key} of the problems bundle, with its arguments. */
    public static Problem of(String location, String field, String key, String... args) {
        return new Problem(location, field, key, Arrays.asList(args));
    }

    /** What is wrong, in English. */
    public String message() {
        return message(Locale.ENGLISH);
    }

    /** What is wrong, in the language of {@code locale} (English when the bundle has no such language). */
    public String message(Locale locale) {
        if (key == null) {
            return args.isEmpty() ? null : args.get(0);
        }
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] values = args.toArray();
        for (int i = 0; i < values.length; i++) {
            // A JSON value's kind ("an array", "nothing") is itself a word of the bundle.
            if (values[i] instanceof String s && s.startsWith(KIND) && b.containsKey(s)) {
                values[i] = b.getString(s);
            }
        }
        return new MessageFormat(b.getString(key), locale).format(values);
    }

    /** {@code location [field] message}, as the dialog and the command line list problems. */
    public String toString(Locale locale) {
        return location + " [" + field + "] " + message(locale);
    }

    @Override
    public String toString() {
        return toString(Locale.ENGLISH);
    }
}
