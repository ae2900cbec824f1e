package org.compliancebridge.ui.step.landscape;

import atlantafx.base.theme.Styles;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.compliancebridge.domain.landscape.GxpImpact;
import org.compliancebridge.domain.landscape.Hosting;
import org.compliancebridge.ui.common.Views;
import org.compliancebridge.ui.shell.Forms;
import org.compliancebridge.ui.step.landscape.SystemsViewModel.SystemRow;

/** Computerised-system inventory page. */
final class SystemsPane {
    private SystemsPane() {
    }

    static Node build(SystemsViewModel vm) {
        TableView<SystemRow> table = new TableView<>(vm.rows);
        table.setId("systemsTable");
        table.setPlaceholder(Views.muted("No systems yet. Add the computerised systems that create, keep or sign GxP"
                + " records (LIMS, MES, QMS, ERP, chromatography data systems, …)."));
        table.getColumns().add(Views.wrapping("System", SystemRow::name, 160));
        table.getColumns().add(Views.wrapping("Purpose", SystemRow::purpose, 260));
        table.getColumns().add(minWidth(Views.column("GxP impact", SystemRow::gxp, 95), 95));
        table.getColumns().add(minWidth(Views.column("Part 11", SystemRow::part11, 70), 70));
        table.getColumns().add(Views.column("Supplier", SystemRow::supplier, 140));
        table.getColumns().add(Views.column("Hosting", SystemRow::hosting, 100));
        table.getColumns().add(Views.column("Owner", SystemRow::owner, 130));
        table.getColumns().add(Views.column("State", SystemRow::state, 80));
        Ui.fill(table);
        table.setRowFactory(t -> {
            TableRow<SystemRow> r = new TableRow<>() {
                @Override
                protected void updateItem(SystemRow item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("retired"), !empty && item != null
                            && !item.system().active());
                }
            };
            r.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !r.isEmpty() && r.getItem().system().active()) {
                    vm.startEdit(r.getItem());
                    showDialog(vm, table);
                }
            });
            return r;
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Button add = new Button("Add system…");
        add.setId("addSystemButton");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> {
            vm.startAdd();
            showDialog(vm, table);
        });
        Button edit = new Button("Change…");
        edit.setId("editSystemButton");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(vm.busy));
        edit.setOnAction(e -> {
            SystemRow r = table.getSelectionModel().getSelectedItem();
            if (r != null && r.system().active()) {
                vm.startEdit(r);
                showDialog(vm, table);
            }
        });
        Button retire = new Button("Retire…");
        retire.setId("retireSystemButton");
        retire.getStyleClass().add(Styles.DANGER);
        retire.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(vm.busy));
        retire.setOnAction(e -> vm.retire(table.getSelectionModel().getSelectedItem()));
        CheckBox retired = new CheckBox("Show retired systems");
        retired.setId("showRetiredCheck");
        retired.selectedProperty().bindBidirectional(vm.showRetired);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, add, edit, retire, grow, retired);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label summary = Views.bound("systemsSummary", vm.summary);
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(12, Views.muted("The computerised systems in scope (EU GMP Annex 11 §4.3 asks for an"
                + " up-to-date inventory). Part 11 relevant systems keep records or signatures that FDA predicate"
                + " rules require."), bar, table, summary);
        box.setPadding(new Insets(20));
        box.setId("systemsPage");
        return box;
    }

    private static void showDialog(SystemsViewModel vm, Node owner) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner.getScene().getWindow());
        d.setTitle(vm.formTitle.get());
        d.setHeaderText(vm.formTitle.get());
        GridPane g = Forms.grid();
        Forms.row(g, "Name", Forms.text("systemNameField", vm.name, "e.g. LabWare LIMS 8"), null);
        TextArea purpose = new TextArea();
        purpose.setId("systemPurposeField");
        purpose.setPrefRowCount(2);
        purpose.setWrapText(true);
        purpose.setPromptText("what the system does, which GxP records it holds");
        purpose.textProperty().bindBidirectional(vm.purpose);
        Forms.row(g, "Purpose", purpose, null);
        ComboBox<GxpImpact> gxp = new ComboBox<>();
        gxp.setId("systemGxpCombo");
        gxp.getItems().setAll(GxpImpact.values());
        gxp.setConverter(converter(GxpImpact::label));
        gxp.valueProperty().bindBidirectional(vm.gxpImpact);
        gxp.setPromptText("choose");
        Forms.row(g, "GxP impact", gxp, null);
        CheckBox p11 = new CheckBox("Holds records or signatures that FDA predicate rules require");
        p11.setWrapText(true);
        p11.setId("systemPart11Check");
        p11.selectedProperty().bindBidirectional(vm.part11Relevant);
        Forms.row(g, "Part 11 relevant", p11, null);
        Forms.row(g, "Supplier", Forms.text("systemSupplierField", vm.supplier, "vendor, or \"in-house\""), null);
        ComboBox<Hosting> hosting = new ComboBox<>();
        hosting.setId("systemHostingCombo");
        hosting.getItems().setAll(Hosting.values());
        hosting.setConverter(converter(Hosting::label));
        hosting.valueProperty().bindBidirectional(vm.hosting);
        hosting.setPromptText("choose");
        Forms.row(g, "Hosting", hosting, null);
        Forms.row(g, "System owner", Forms.text("systemOwnerField", vm.owner, "role or person accountable"), null);
        Label problem = new Label();
        problem.setId("systemFormProblem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.formProblem);
        problem.getStyleClass().add(Styles.DANGER);
        VBox content = new VBox(10, g, problem);
        content.setPrefWidth(560);
        d.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(vm.isEditing() ? "Save change…" : "Add system", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, ok);
        Button okButton = (Button) d.getDialogPane().lookupButton(ok);
        okButton.setId("confirmSystemButton");
        okButton.disableProperty().bind(vm.busy);
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.save(() -> d.setResult(ok));
        });
        d.showAndWait();
    }

    private static <S, T> javafx.scene.control.TableColumn<S, T> minWidth(javafx.scene.control.TableColumn<S, T> c,
            double w) {
        c.setMinWidth(w);
        return c;
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
