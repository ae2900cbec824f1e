package org.compliancebridge.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Small helpers to build labelled form rows with an inline validation message under the field. */
public final class Forms {
    private Forms() {
    }

    public static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(labels, fields);
        return g;
    }

    public static TextField text(String id, StringProperty bound, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(bound);
        return f;
    }

    public static PasswordField password(String id, StringProperty bound) {
        PasswordField f = new PasswordField();
        f.setId(id);
        f.textProperty().bindBidirectional(bound);
        return f;
    }

    /** Adds a row: label, field, and (optionally) the field's message below it. */
    public static void row(GridPane g, String label, javafx.scene.Node field, ReadOnlyStringProperty message) {
        int r = g.getRowCount();
        Label l = new Label(label);
        if (field instanceof TextInputControl) {
            l.setLabelFor(field);
        }
        VBox box = new VBox(2, field);
        if (message != null) {
            Label m = new Label();
            m.textProperty().bind(message);
            m.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER, "field-message");
            m.setWrapText(true);
            m.managedProperty().bind(message.isNotEmpty());
            m.visibleProperty().bind(message.isNotEmpty());
            m.setId(field.getId() == null ? null : field.getId() + "Message");
            box.getChildren().add(m);
            field.pseudoClassStateChanged(Styles.STATE_DANGER, false);
            message.addListener((o, a, b) -> field.pseudoClassStateChanged(Styles.STATE_DANGER, !b.isEmpty()));
        }
        GridPane.setMargin(l, new Insets(6, 0, 0, 0));
        l.setMinWidth(150);
        g.add(l, 0, r);
        g.add(box, 1, r);
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
    }
}
