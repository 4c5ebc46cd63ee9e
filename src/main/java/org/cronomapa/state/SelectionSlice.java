package org.cronomapa.state;

import javafx.beans.property.ReadOnlyIntegerProperty;

/** The event the user clicked (a row of the loaded dataset), or -1. */
public final class SelectionSlice {
    private final Staged.Int selectedRow = new Staged.Int(this, "selectedRow", -1);

    public ReadOnlyIntegerProperty selectedRowProperty() { return selectedRow; }
    public int selectedRow() { return selectedRow.get(); }

    void select(int row) {
        selectedRow.stage(row);
    }

    void publish() {
        selectedRow.publish();
    }
}
