package org.cronomapa.labels;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.cronomapa.model.EventType;
import org.cronomapa.model.RegionMap;

/** Translated words for one locale, read from the resource bundle the app loaded. */
public final class Texts {
    private final ResourceBundle bundle;
    private final Locale locale;
    private final DateTimeFormatter dateFormat;

    public Texts(ResourceBundle bundle) {
        this.bundle = bundle;
        this.locale = bundle.getLocale() == null || bundle.getLocale().getLanguage().isEmpty()
                ? Locale.ENGLISH : bundle.getLocale();
        this.dateFormat = DateTimeFormatter.ofPattern(bundle.getString("date.format"), locale);
    }

    public String get(String key, Object... args) {
        String s = bundle.getString(key);
        return args.length == 0 ? s : new MessageFormat(s, locale).format(args);
    }

    public Locale locale() {
        return locale;
    }

    public boolean spanish() {
        return "es".equals(locale.getLanguage());
    }

    public String date(LocalDate d) {
        return dateFormat.format(d);
    }

    public String type(EventType t) {
        return get("type." + t.code());
    }

    /** The kind of death in words; a code this version does not know is shown as it is. */
    public String deathKind(String code) {
        return bundle.containsKey("deathKind." + code) ? bundle.getString("deathKind." + code) : code;
    }

    /** A figure's field ("fatalities") in words; an unknown field is shown as it is. */
    public String field(String code) {
        return bundle.containsKey("field." + code) ? bundle.getString("field." + code) : code;
    }

    public List<String> typeNames() {
        List<String> out = new ArrayList<>();
        for (EventType t : EventType.values()) {
            out.add(type(t));
        }
        return out;
    }

    public List<String> regionNames(RegionMap regions) {
        List<String> out = new ArrayList<>();
        regions.regions().forEach(r -> out.add(r.name(spanish())));
        return out;
    }
}
