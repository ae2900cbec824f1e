package org.compliancebridge.ui.step.landscape;

import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Small view helpers shared by the step's pages. */
final class Ui {
    private Ui() {
    }

    static Label heading(String text) {
        return org.compliancebridge.ui.common.Views.heading(text);
    }

    static Label muted(String text) {
        return org.compliancebridge.ui.common.Views.muted(text);
    }

    static Label bound(String id, ObservableValue<String> text) {
        return org.compliancebridge.ui.common.Views.bound(id, text);
    }

    static <T> TableColumn<T, String> column(String name, Function<T, String> f, double width) {
        return org.compliancebridge.ui.common.Views.column(name, f, width);
    }

    /** A column whose cells wrap their text (long rationales, purposes); the row grows to fit. */
    static <T> TableColumn<T, String> wrapping(String name, Function<T, String> f, double width) {
        return org.compliancebridge.ui.common.Views.wrapping(name, f, width);
    }

    /** Makes a string safe inside a CSS id selector (framework IDs may contain dots). */
    static String idPart(String s) {
        return s.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    static <T> void fill(TableView<T> table) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }
}
