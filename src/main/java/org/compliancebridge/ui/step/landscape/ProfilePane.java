package org.compliancebridge.ui.step.landscape;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.compliancebridge.ui.common.Views;
import org.compliancebridge.ui.shell.Forms;

/** Company profile page. */
final class ProfilePane {
    private ProfilePane() {
    }

    static Node build(ProfileViewModel vm) {
        GridPane g = Forms.grid();
        g.setMaxWidth(760);
        Forms.row(g, "Organisation", Forms.text("profileNameField", vm.name, "legal name"), vm.nameError);
        var emp = Forms.text("profileEmployeesField", vm.employees, "e.g. 120");
        emp.setMaxWidth(140);
        Forms.row(g, "Employees", emp, vm.employeesError);
        TextArea sites = new TextArea();
        sites.setId("profileSitesField");
        sites.setPromptText("one site per line, e.g. Berlin (DE) — manufacturing");
        sites.setPrefRowCount(3);
        sites.setWrapText(true);
        sites.textProperty().bindBidirectional(vm.sites);
        Forms.row(g, "Sites", sites, null);
        Forms.row(g, "Sectors", new HBox(18, check("sectorPharma", "Pharmaceutical", vm.pharma),
                check("sectorBiotech", "Biotechnology", vm.biotech),
                check("sectorDevice", "Medical device", vm.medicalDevice)), vm.sectorsError);
        Forms.row(g, "Markets", new HBox(18, check("marketUs", "United States (FDA)", vm.us),
                check("marketEu", "European Union", vm.eu)), vm.marketsError);
        VBox data = new VBox(6, check("dataPhi", "Protected health information (PHI, US HIPAA)", vm.phi),
                check("dataEuPersonal", "Personal data of people in the EU (GDPR): patients, trial participants,"
                        + " employees…", vm.euPersonalData));
        Forms.row(g, "Data handled", data, null);

        Button save = new Button("Save profile");
        save.setId("saveProfileButton");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(false);
        save.disableProperty().bind(vm.busy.or(vm.dirty.not()));
        save.setOnAction(e -> vm.save());
        Button revert = new Button("Discard changes");
        revert.setId("revertProfileButton");
        revert.disableProperty().bind(vm.busy.or(vm.dirty.not()));
        revert.setOnAction(e -> vm.revert());
        Label status = Views.bound("profileStatus", vm.status);
        HBox buttons = new HBox(10, save, revert, status);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label completeness = Views.bound("profileCompleteness", vm.completeness);
        Label changed = Views.bound("profileLastChanged", vm.lastChanged);
        changed.getStyleClass().add(Styles.TEXT_MUTED);

        var sigs = new org.compliancebridge.ui.common.SignaturePanel(vm.signing, "profile").root();
        Label intro = Views.muted("Who the organisation is, where it sells and what data it handles. From this and the"
                + " system inventory the app proposes the applicable frameworks.");
        VBox box = new VBox(14, intro, g, buttons, completeness, changed, sigs);
        box.setPadding(new Insets(20));
        box.setId("profilePage");
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        return sp;
    }

    private static CheckBox check(String id, String text, javafx.beans.property.BooleanProperty p) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.setWrapText(true);
        c.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        c.selectedProperty().bindBidirectional(p);
        return c;
    }
}
