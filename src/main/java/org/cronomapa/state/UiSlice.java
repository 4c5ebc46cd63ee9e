package org.cronomapa.state;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.cronomapa.model.Problem;

/** The interface language and the problems of the last file the user tried to open. */
public final class UiSlice {
    private final ReadOnlyObjectWrapper<Locale> locale = new ReadOnlyObjectWrapper<>(Locale.ENGLISH);
    private final ReadOnlyObjectWrapper<List<Problem>> problems = new ReadOnlyObjectWrapper<>(List.of());

    public ReadOnlyObjectProperty<Locale> localeProperty() { return locale.getReadOnlyProperty(); }
    public Locale locale() { return locale.get(); }
    public ReadOnlyObjectProperty<List<Problem>> problemsProperty() { return problems.getReadOnlyProperty(); }

    void setLocale(Locale l) { locale.set(l); }
    void setProblems(List<Problem> list) { problems.set(List.copyOf(list)); }
}
