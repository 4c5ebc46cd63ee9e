package org.cronomapa.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The step shown keeps its place when the story panel inserts, moves or deletes a step: checked on a list. */
class StoryOrderTest {
    private static List<String> steps(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("s" + i);
        }
        return out;
    }

    @Test
    void theShownStepIsFollowedThroughEveryEdit() {
        int n = 6;
        for (int shown = -1; shown < n; shown++) {
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    List<String> moved = steps(n);
                    moved.add(b, moved.remove(a));
                    int after = StoryOrder.afterMove(shown, a, b);
                    assertEquals(shown < 0 ? -1 : moved.indexOf("s" + shown), after, shown + " " + a + "→" + b);
                }
                List<String> deleted = steps(n);
                deleted.remove(a);
                assertEquals(shown < 0 ? -1 : deleted.indexOf("s" + shown), StoryOrder.afterDelete(shown, a));
                List<String> inserted = steps(n);
                inserted.add(a, "new");
                assertEquals(shown < 0 ? -1 : inserted.indexOf("s" + shown), StoryOrder.afterInsert(shown, a));
            }
        }
    }
}
