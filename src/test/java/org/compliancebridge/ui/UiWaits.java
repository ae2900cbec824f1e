package org.compliancebridge.ui;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting helpers for the headless window tests: poll (15 s at most) while letting the FX thread run. */
final class UiWaits {
    private UiWaits() {
    }

    static void waitUntil(FxRobot robot, String query) {
        waitFor(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false), "visible " + query);
    }

    static void waitFor(Supplier<Boolean> condition, String what) {
        for (int i = 0; i < 300; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            if (condition.get()) {
                return;
            }
            sleep(50);
        }
        throw new AssertionError("Timed out waiting for " + what);
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    static void waitForText(FxRobot robot, String id, String contains) {
        waitFor(() -> robot.lookup(id).tryQuery().map(n -> ((Label) n).getText().contains(contains)).orElse(false),
                id + " containing '" + contains + "'");
    }
}
