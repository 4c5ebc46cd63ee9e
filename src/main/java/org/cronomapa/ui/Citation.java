package org.cronomapa.ui;

import java.util.List;
import java.util.StringJoiner;
import org.cronomapa.model.Source;

/**
 * An event's sources in a form a reader can paste into notes or a bibliography, one a line:
 * {@code Publisher [credit]. "Title". Date. URL}; parts a source lacks are left out.
 */
final class Citation {
    private Citation() {
    }

    static String of(List<Source> sources) {
        StringJoiner lines = new StringJoiner("\n");
        for (Source s : sources) {
            lines.add(line(s));
        }
        return lines.toString();
    }

    static String line(Source s) {
        StringJoiner parts = new StringJoiner(" ");
        if (present(s.publisher())) {
            parts.add(s.publisher().strip() + (present(s.credit()) ? " [" + s.credit().strip() + "]." : "."));
        } else if (present(s.credit())) {
            parts.add("[" + s.credit().strip() + "].");
        }
        if (present(s.title())) {
            parts.add("\"" + s.title().strip() + "\".");
        }
        if (present(s.date())) {
            parts.add(s.date().strip() + ".");
        }
        if (present(s.url())) {
            parts.add(s.url().strip());
        }
        return parts.toString();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
