package org.cronomapa.state;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.cronomapa.model.Problem;

/** The problems of the last file the user tried to open (the language lives in the bundle the app loaded). */
public final class UiSlice {
    private final ReadOnlyObjectWrapper<List<Problem>> problems = new ReadOnlyObjectWrapper<>(List.of());

    public ReadOnlyObjectProperty<List<Problem>> problemsProperty() { return problems.getReadOnlyProperty(); }

    void setProblems(List<Problem> list) { problems.set(List.copyOf(list)); }
}
