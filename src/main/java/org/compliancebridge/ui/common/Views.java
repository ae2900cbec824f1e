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

    /**
     * Lets a dialog be as wide as its content asks. AtlantaFX caps every {@code .dialog-pane} at 600 px in its
     * stylesheet; wider content (tables, forms) was squeezed or cut. Measured: {@code setMaxWidth} from code is
     * overridden by that rule, an inline style is not (-1 = computed, i.e. no cap).
     */
    public static void wideDialog(javafx.scene.control.Dialog<?> d) {
        d.getDialogPane().setStyle("-fx-max-width: -1;");
    }

    /**
     * A date picker that shows and reads ISO dates (2027-03-31), as the app's tables, exports and audit trail write
     * them: a locale format such as 03/04/2027 reads differently in the US and in Europe. Text that is not a date
     * is refused by the picker (its value stays as it was).
     */
    public static javafx.scene.control.DatePicker isoDatePicker() {
        javafx.scene.control.DatePicker p = new javafx.scene.control.DatePicker();
        p.setPromptText("yyyy-mm-dd");
        p.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(java.time.LocalDate d) {
                return d == null ? "" : d.toString();
            }

            @Override
            public java.time.LocalDate fromString(String s) {
                // LocalDate.parse throws DateTimeParseException on bad text, which the picker treats as "no change".
                return s == null || s.isBlank() ? null : java.time.LocalDate.parse(s.strip());
            }
        });
        return p;
    }

    /** A tab with an id, for {@link #pageTabs}. */
    public static javafx.scene.control.Tab tab(String id, String text, javafx.scene.Node content) {
        javafx.scene.control.Tab t = new javafx.scene.control.Tab(text, content);
        t.setId(id);
        return t;
    }

    /**
     * The tabs of a step, kept in step with the ViewModel's page property both ways: choosing a tab sets the page,
     * setting the page (a link, a shortcut) selects its tab. Tabs cannot be closed.
     */
    public static <P extends Enum<P>> javafx.scene.control.TabPane pageTabs(String id, java.util.Map<P,
            javafx.scene.control.Tab> byPage, javafx.beans.property.ObjectProperty<P> page) {
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane();
        tabs.setId(id);
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().setAll(byPage.values());
        tabs.getSelectionModel().select(byPage.get(page.get()));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> byPage.forEach((p, t) -> {
            if (t == b) {
                page.set(p);
            }
        }));
        page.addListener((o, a, b) -> tabs.getSelectionModel().select(byPage.get(b)));
        return tabs;
    }
}
