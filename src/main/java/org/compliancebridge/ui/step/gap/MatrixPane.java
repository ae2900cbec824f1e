package org.compliancebridge.ui.step.gap;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.compliancebridge.domain.gap.MatrixImportPreview;
import org.compliancebridge.ui.common.Views;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** The Matrix & report tab: Excel export (all scopes or the current one), import through a preview, the report. */
final class MatrixPane {
    private MatrixPane() {
    }

    static Node build(MatrixViewModel vm) {
        CheckBox current = new CheckBox("Only the scope chosen in Assess");
        current.setId("matrixCurrentScopeCheck");
        current.selectedProperty().bindBidirectional(vm.currentScopeOnly);
        Button export = new Button("Export matrix…", new FontIcon(MaterialDesignM.MICROSOFT_EXCEL));
        export.setId("exportMatrixButton");
        export.getStyleClass().add(Styles.ACCENT);
        export.setOnAction(e -> vm.exportMatrix());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelMatrixButton");
        cancel.setOnAction(e -> vm.cancel());
        cancel.visibleProperty().bind(vm.cancellable);
        Button imp = new Button("Import matrix…", new FontIcon(MaterialDesignF.FILE_IMPORT_OUTLINE));
        imp.setId("importMatrixButton");
        imp.setOnAction(e -> vm.importMatrix());
        Button docx = new Button("Export gap report (.docx)…", new FontIcon(MaterialDesignF.FILE_WORD_OUTLINE));
        docx.setId("exportReportDocxButton");
        docx.setOnAction(e -> vm.exportReport("docx"));
        Button pdf = new Button("Export gap report (.pdf)…", new FontIcon(MaterialDesignF.FILE_PDF_BOX));
        pdf.setId("exportReportPdfButton");
        pdf.setOnAction(e -> vm.exportReport("pdf"));
        for (Button b : List.of(export, imp, docx, pdf)) {
            b.disableProperty().bind(vm.busy);
        }
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setId("matrixProgress");
        progress.progressProperty().bind(vm.progress);
        progress.visibleProperty().bind(vm.busy);
        progress.setPrefWidth(260);
        Label status = Views.bound("matrixStatus", vm.status);

        VBox box = new VBox(12,
                Views.heading("Excel compliance matrix"),
                Views.muted("One row per requirement and scope, with drop-downs for status and priority. Send it to the"
                        + " owners, then import the returned file: you see every changed cell before anything is"
                        + " applied, and rows also changed in the app since the export are shown as conflicts."),
                new HBox(10, export, current), imp,
                Views.heading("Gap analysis report"),
                Views.muted("Figures per framework and system, the merged gaps and the action plan, with signatures."),
                new HBox(10, docx, pdf),
                new HBox(10, progress, cancel), status);
        ((HBox) box.getChildren().get(2)).setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(16, 20, 16, 20));
        box.setId("matrixPage");
        vm.preview.addListener((o, a, b) -> {
            if (b != null && a == null) {
                javafx.application.Platform.runLater(() -> showPreview(box, vm, b));
            }
        });
        return box;
    }

    private static void showPreview(Node anchor, MatrixViewModel vm, MatrixImportPreview p) {
        Dialog<ButtonType> d = previewDialog(anchor.getScene() == null ? null : anchor.getScene().getWindow(), vm, p);
        ButtonType result = d.showAndWait().orElse(ButtonType.CANCEL);
        if (result.getButtonData() == ButtonBar.ButtonData.OK_DONE) {
            vm.apply();
        } else {
            vm.cancelImport();
        }
    }

    /** The preview of a returned matrix: every changed cell, conflicts highlighted, warnings; Apply or Cancel. */
    static Dialog<ButtonType> previewDialog(javafx.stage.Window owner, MatrixViewModel vm, MatrixImportPreview p) {
        Dialog<ButtonType> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle("Import the compliance matrix");
        d.setHeaderText("Check every change before it is applied");
        d.setResizable(true);
        Label summary = Views.bound("importSummary", vm.previewSummary);
        TableView<MatrixViewModel.CellRow> table = new TableView<>(vm.previewCells);
        table.setId("importPreviewTable");
        table.getColumns().setAll(List.of(
                Views.<MatrixViewModel.CellRow>column("Row", r -> Integer.toString(r.sheetRow()), 50),
                Views.<MatrixViewModel.CellRow>column("Requirement", MatrixViewModel.CellRow::requirement, 250),
                Views.<MatrixViewModel.CellRow>column("Column", MatrixViewModel.CellRow::column, 90),
                Views.<MatrixViewModel.CellRow>column("Old", MatrixViewModel.CellRow::oldValue, 180),
                Views.<MatrixViewModel.CellRow>column("New", MatrixViewModel.CellRow::newValue, 180),
                Views.<MatrixViewModel.CellRow>column("Conflict", r -> r.conflict() ? "Changed in app too" : "",
                        170)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(MatrixViewModel.CellRow r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().remove("conflict-row");
                if (!empty && r != null && r.conflict()) {
                    getStyleClass().add("conflict-row");
                }
            }
        });
        table.setPrefHeight(300);
        ListView<String> warnings = new ListView<>(javafx.collections.FXCollections.observableArrayList(
                p.warnings()));
        warnings.setId("importWarnings");
        warnings.setPrefHeight(90);
        warnings.setPlaceholder(new Label("No warnings."));
        CheckBox overwrite = new CheckBox("Overwrite conflicts (the file's values replace the changes made in the"
                + " app)");
        overwrite.setId("overwriteConflictsCheck");
        overwrite.selectedProperty().bindBidirectional(vm.overwriteConflicts);
        overwrite.setDisable(p.conflicts().isEmpty());
        VBox content = new VBox(10, summary, table, Views.heading("Warnings"), warnings, overwrite);
        VBox.setVgrow(table, Priority.ALWAYS);
        content.setPrefWidth(960);
        d.getDialogPane().setContent(content);
        // Wide enough for Old and New side by side.
        Views.wideDialog(d);
        d.getDialogPane().getStylesheets().add(java.util.Objects.requireNonNull(MatrixPane.class.getResource(
                "gap.css")).toExternalForm());
        ButtonType apply = new ButtonType("Apply", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, apply);
        d.getDialogPane().lookupButton(apply).setId("applyImportButton");
        d.getDialogPane().lookupButton(ButtonType.CANCEL).setId("cancelImportButton");
        d.getDialogPane().lookupButton(apply).setDisable(p.changes().isEmpty());
        return d;
    }
}
