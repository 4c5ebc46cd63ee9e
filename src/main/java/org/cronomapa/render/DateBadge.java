package org.cronomapa.render;


/** Where the current date goes: large type at the top left; the subtitle sits below it. */
final class DateBadge {
    private DateBadge() {
    }

    static double height(double ui) {
        return 58 * ui;
    }
}
