package org.compliancebridge.ui.step.gap;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.util.StringConverter;

/** Small view helpers of the step (the landscape step has its own; step packages do not share code). */
final class Fx {
    private Fx() {
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

    /** A red inline message next to a field; takes no room while empty. */
    static Label message(String id, ObservableValue<String> text) {
        Label l = bound(id, text);
        l.getStyleClass().addAll("field-message", Styles.DANGER);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
        return l;
    }

    static <T> TableColumn<T, String> column(String name, Function<T, String> f, double width) {
        return org.compliancebridge.ui.common.Views.column(name, f, width);
    }

    static <T> void labels(ComboBox<T> box, Function<T, String> label) {
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
    }
}
