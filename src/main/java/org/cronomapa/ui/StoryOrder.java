package org.cronomapa.ui;

/**
 * Where the step the player shows ends up when the story panel inserts, moves or deletes a step,
 * so Page Down carries on from the same step and its caption stays on screen (-1: none shown).
 */
final class StoryOrder {
    private StoryOrder() {
    }

    static int afterInsert(int shown, int at) {
        return shown >= at && shown >= 0 ? shown + 1 : shown;
    }

    static int afterDelete(int shown, int deleted) {
        if (shown == deleted) {
            return -1;
        }
        return shown > deleted ? shown - 1 : shown;
    }

    static int afterMove(int shown, int from, int to) {
        if (shown < 0) {
            return shown;
        }
        if (shown == from) {
            return to;
        }
        if (from < shown && shown <= to) {
            return shown - 1;
        }
        if (to <= shown && shown < from) {
            return shown + 1;
        }
        return shown;
    }
}
