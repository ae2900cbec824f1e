package org.compliancebridge.ui.step.landscape;

import javafx.scene.control.TableView;

/** Small view helpers shared by the step's pages. */
final class Ui {
    private Ui() {
    }

    /** A column whose cells wrap their text (long rationales, purposes); the row grows to fit. */

    /** Makes a string safe inside a CSS id selector (framework IDs may contain dots). */
    static String idPart(String s) {
        return s.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    static <T> void fill(TableView<T> table) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }
}
