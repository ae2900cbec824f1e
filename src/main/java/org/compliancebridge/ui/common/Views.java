package org.compliancebridge.ui.common;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.Region;

/** Small view builders every section uses (steps do not share code with each other, only through here). */
public final class Views {
    private Views() {
    }

    public static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    /** Secondary text that wraps and never truncates. */
    public static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    /** A wrapping label bound to a ViewModel property, with an id for tests. */
    public static Label bound(String id, ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.textProperty().bind(text);
        return l;
    }

    public static <T> TableColumn<T, String> column(String name, Function<T, String> f, double width) {
        TableColumn<T, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** A column whose cells wrap their text (long rationales, sentences); the row grows to fit. */
    public static <T> TableColumn<T, String> wrapping(String name, Function<T, String> f, double width) {
        TableColumn<T, String> c = column(name, f, width);
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.getStyleClass().add("wrapping-cell-text");
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(14));
                setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
                setPrefHeight(javafx.scene.control.Control.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
            }
        });
        return c;
    }

    /** A wizard step's header: its title and a muted line bound to the step's state (the same on every step). */
    public static javafx.scene.layout.VBox stepHeader(String title, String stateId, ObservableValue<String> state) {
        Label t = new Label(title);
        t.getStyleClass().add(Styles.TITLE_3);
        Label s = bound(stateId, state);
        s.getStyleClass().add(Styles.TEXT_MUTED);
        javafx.scene.layout.VBox header = new javafx.scene.layout.VBox(2, t, s);
        header.setPadding(new javafx.geometry.Insets(12, 20, 4, 20));
        return header;
    }
}
