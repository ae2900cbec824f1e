package org.compliancebridge.ui.step.landscape;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.compliancebridge.ui.common.Views;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** The regulatory landscape document page. */
final class DocumentPane {
    private DocumentPane() {
    }

    static Node build(DocumentViewModel vm) {
        Label what = Views.muted("The regulatory landscape document records, for the file and for inspectors: the"
                + " organisation profile (with its signature manifestation when signed), the computerised-system"
                + " inventory, the applicable frameworks with the reason for each decision, a summary per framework"
                + " (version, source, licence), the crosswalk with the coverage of Part 11 and Annex 11 by ISO/IEC"
                + " 27001, and a revision block. Each export is a new revision and is recorded in the audit trail"
                + " with the file's SHA-256.");
        what.setMaxWidth(760);
        Label readiness = Views.bound("documentReadiness", vm.readiness);
        readiness.setMaxWidth(760);
        Button docx = new Button("Export Word (.docx)…", new FontIcon(MaterialDesignF.FILE_WORD_OUTLINE));
        docx.setId("exportDocxButton");
        docx.getStyleClass().add(Styles.ACCENT);
        docx.disableProperty().bind(vm.busy);
        docx.setOnAction(e -> vm.chooseAndExport("docx"));
        Button pdf = new Button("Export PDF…", new FontIcon(MaterialDesignF.FILE_PDF_BOX));
        pdf.setId("exportPdfButton");
        pdf.disableProperty().bind(vm.busy);
        pdf.setOnAction(e -> vm.chooseAndExport("pdf"));
        ProgressBar bar = new ProgressBar();
        bar.setId("exportProgress");
        bar.setPrefWidth(240);
        bar.progressProperty().bind(vm.progress);
        bar.visibleProperty().bind(vm.busy);
        Button cancel = new Button("Cancel");
        cancel.setId("cancelExportButton");
        cancel.visibleProperty().bind(vm.busy);
        cancel.setOnAction(e -> vm.cancel());
        HBox buttons = new HBox(10, docx, pdf, bar, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label status = Views.bound("exportStatus", vm.status);
        status.setMaxWidth(760);
        VBox box = new VBox(16, Views.heading("Regulatory landscape document"), what, readiness, buttons, status);
        box.setPadding(new Insets(20));
        box.setId("documentPage");
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        return sp;
    }
}
