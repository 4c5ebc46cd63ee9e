package org.cronomapa.state;

import javafx.beans.property.ReadOnlyObjectProperty;
import org.cronomapa.model.ProblemReport;

/** The problems of the last file the user tried to open (the language lives in the bundle the app loaded). */
public final class UiSlice {
    private final Staged.Value<ProblemReport> problems =
            new Staged.Value<>(this, "problems", ProblemReport.of(java.util.List.of()));

    public ReadOnlyObjectProperty<ProblemReport> problemsProperty() { return problems; }

    void setProblems(ProblemReport report) { problems.stage(report); }

    void publish() { problems.publish(); }
}
