package org.cronomapa.state;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/** The event the user clicked (a dataset row), or -1. */
public final class SelectionSlice {
    private final ReadOnlyIntegerWrapper selectedRow = new ReadOnlyIntegerWrapper(-1);

    public ReadOnlyIntegerProperty selectedRowProperty() { return selectedRow.getReadOnlyProperty(); }
    public int selectedRow() { return selectedRow.get(); }

    void select(int row) {
        selectedRow.set(row);
    }
}
