package org.compliancebridge.ui.step.gap;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import org.compliancebridge.domain.gap.AssessmentStatus;

/** One colour per status, everywhere (green, amber, red, grey, light grey); the CSS classes live in gap.css. */
final class StatusStyles {
    private StatusStyles() {
    }

    static String styleClass(AssessmentStatus s) {
        return "status-" + s.name();
    }

    static void apply(Label l, AssessmentStatus s) {
        for (AssessmentStatus x : AssessmentStatus.values()) {
            l.getStyleClass().remove(styleClass(x));
        }
        if (s != null) {
            l.getStyleClass().add(styleClass(s));
            l.setText(s.label());
        } else {
            l.setText("");
        }
    }

    /** The grid's status cell: a coloured chip with the digit that sets it. */
    static <T> TableCell<T, AssessmentStatus> cell() {
        return new TableCell<>() {
            private final Label chip = new Label();

            {
                chip.getStyleClass().add("status-chip");
                setGraphic(null);
            }

            @Override
            protected void updateItem(AssessmentStatus s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setGraphic(null);
                    setText(null);
                } else {
                    apply(chip, s);
                    setGraphic(chip);
                    setText(null);
                }
            }
        };
    }
}
