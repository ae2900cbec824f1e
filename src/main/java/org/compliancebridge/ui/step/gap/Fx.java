package org.compliancebridge.ui.step.gap;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.util.StringConverter;
import org.compliancebridge.ui.common.Views;

/** Small view helpers of the step (the landscape step has its own; step packages do not share code). */
final class Fx {
    private Fx() {
    }

    /** A red inline message next to a field; takes no room while empty. */
    static Label message(String id, ObservableValue<String> text) {
        Label l = Views.bound(id, text);
        l.getStyleClass().addAll("field-message", Styles.DANGER);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
        return l;
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
