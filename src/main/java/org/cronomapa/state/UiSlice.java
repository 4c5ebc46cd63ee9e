package org.cronomapa.state;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.cronomapa.model.ProblemReport;

/** The problems of the last file the user tried to open (the language lives in the bundle the app loaded). */
public final class UiSlice {
    private final ReadOnlyObjectWrapper<ProblemReport> problems =
            new ReadOnlyObjectWrapper<>(ProblemReport.of(java.util.List.of()));

    public ReadOnlyObjectProperty<ProblemReport> problemsProperty() { return problems.getReadOnlyProperty(); }

    void setProblems(ProblemReport report) { problems.set(report); }
}
