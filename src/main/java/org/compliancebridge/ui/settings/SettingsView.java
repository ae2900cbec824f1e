package org.compliancebridge.ui.settings;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.compliancebridge.domain.Role;
import org.compliancebridge.ui.settings.SettingsViewModel.AccountRow;
import org.compliancebridge.ui.shell.Forms;

/** Settings: accounts (administrators manage them), own password, inactivity lock, appearance. */
public final class SettingsView {
    private final SettingsViewModel vm;
    private final VBox root = new VBox(18);

    public SettingsView(SettingsViewModel vm, Consumer<Boolean> applyDarkTheme) {
        this.vm = vm;
        root.setId("settingsView");
        root.setPadding(new Insets(28));
        Label title = new Label("Settings");
        title.getStyleClass().add(Styles.TITLE_2);

        TableView<AccountRow> table = new TableView<>(vm.rows);
        table.setId("accountsTable");
        table.setPrefHeight(240);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(col("User ID", AccountRow::userId, 110));
        table.getColumns().add(col("Full name", AccountRow::fullName, 180));
        table.getColumns().add(col("Role", AccountRow::role, 110));
        table.getColumns().add(col("Status", AccountRow::status, 200));
        table.getColumns().add(col("Created", AccountRow::created, 180));
        table.getColumns().add(col("Last sign-in", AccountRow::lastSignIn, 130));

        Button add = new Button("Add account...");
        add.setId("addAccountButton");
        add.setOnAction(e -> showAddDialog(root.getScene().getWindow()));
        Button deactivate = new Button("Deactivate...");
        deactivate.setId("deactivateButton");
        deactivate.getStyleClass().add(Styles.DANGER);
        deactivate.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.busy));
        deactivate.setOnAction(e -> vm.deactivate(table.getSelectionModel().getSelectedItem()));
        Button passwd = new Button("Change my password...");
        passwd.setId("changePasswordButton");
        passwd.setOnAction(e -> showChangePasswordDialog(vm, root.getScene().getWindow(), false));
        HBox accountButtons = new HBox(8, passwd);
        if (vm.isAdministrator()) {
            accountButtons.getChildren().addAll(0, java.util.List.of(add, deactivate));
        }
        Label accountsNote = new Label(vm.isAdministrator()
                ? "Accounts are never deleted and user IDs are never reused (21 CFR 11.100(a), 11.300(a))."
                : "Only administrators can add or deactivate accounts.");
        accountsNote.getStyleClass().add(Styles.TEXT_MUTED);

        Spinner<Integer> minutes = new Spinner<>(1, 240, 15);
        minutes.setId("lockMinutesSpinner");
        minutes.setEditable(true);
        minutes.setPrefWidth(90);
        vm.lockMinutes.addListener((o, a, b) -> minutes.getValueFactory().setValue(b.intValue()));
        Button saveMinutes = new Button("Save");
        saveMinutes.setId("saveLockMinutesButton");
        saveMinutes.setOnAction(e -> vm.saveLockMinutes(minutes.getValue()));
        minutes.setDisable(!vm.isAdministrator());
        saveMinutes.setDisable(!vm.isAdministrator());
        HBox lockRow = new HBox(8, new Label("Lock after"), minutes, new Label("minutes without input"), saveMinutes);
        lockRow.setAlignment(Pos.CENTER_LEFT);

        CheckBox dark = new CheckBox("Dark theme");
        dark.setId("darkThemeCheck");
        dark.selectedProperty().bindBidirectional(vm.darkTheme);
        dark.selectedProperty().addListener((o, a, b) -> applyDarkTheme.accept(b));

        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedAccount.set(b));
        var accountSignatures = vm.accountSignatures();
        vm.selectedAccount.addListener((o, a, b) -> accountSignatures.refresh());
        accountSignatures.refresh();
        var accountPanel = new org.compliancebridge.ui.common.SignaturePanel(accountSignatures, "account").root();

        Label org = new Label();
        org.setId("organisationSummary");
        org.setWrapText(true);
        org.textProperty().bind(vm.organisationSummary);
        var orgSignatures = vm.organisationSignatures();
        orgSignatures.refresh();
        var orgPanel = new org.compliancebridge.ui.common.SignaturePanel(orgSignatures, "organisation").root();

        TableView<SettingsViewModel.CertificateRow> certs = new TableView<>(vm.certificates);
        certs.setId("certificatesTable");
        certs.setPrefHeight(150);
        certs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        certs.getColumns().add(ccol("User", SettingsViewModel.CertificateRow::userId, 90));
        certs.getColumns().add(ccol("Subject", SettingsViewModel.CertificateRow::subject, 260));
        certs.getColumns().add(ccol("SHA-256 fingerprint", SettingsViewModel.CertificateRow::fingerprint, 300));
        certs.getColumns().add(ccol("Valid until", SettingsViewModel.CertificateRow::validUntil, 130));
        certs.getColumns().add(ccol("Status", SettingsViewModel.CertificateRow::status, 160));
        Button pem = new Button("Export certificate (PEM)…");
        pem.setId("exportPemButton");
        pem.disableProperty().bind(certs.getSelectionModel().selectedItemProperty().isNull());
        pem.setOnAction(e -> {
            var row = certs.getSelectionModel().getSelectedItem();
            vm.dialogs().chooseSaveFile("Export certificate", row.userId() + "-certificate.pem", "PEM certificate",
                    "pem").ifPresent(p -> vm.exportCertificate(row, p));
        });

        javafx.scene.control.ListView<String> meanings = new javafx.scene.control.ListView<>(vm.meanings);
        meanings.setId("meaningsList");
        meanings.setPrefHeight(120);
        meanings.setMaxWidth(360);
        javafx.scene.control.TextField newMeaning = new javafx.scene.control.TextField();
        newMeaning.setId("newMeaningField");
        newMeaning.setPromptText("e.g. QA release");
        newMeaning.textProperty().bindBidirectional(vm.newMeaning);
        Button addMeaning = new Button("Add meaning");
        addMeaning.setId("addMeaningButton");
        addMeaning.disableProperty().bind(vm.newMeaning.isEmpty());
        addMeaning.setOnAction(e -> vm.addMeaning());
        HBox meaningRow = new HBox(8, newMeaning, addMeaning);
        meaningRow.setDisable(!vm.isAdministrator());

        Label orgNote = new Label("The profile is edited in 1 · Regulatory landscape. A signature covers the profile as"
                + " shown; any later change marks it as no longer valid.");
        orgNote.setWrapText(true);
        orgNote.getStyleClass().add(Styles.TEXT_MUTED);
        root.getChildren().addAll(title, heading("Organisation profile"), org, orgNote, orgPanel,
                heading("Accounts"), table, accountButtons, accountsNote, accountPanel,
                heading("Signing certificates"), certs, pem,
                heading("Signature meanings"), meanings, meaningRow,
                heading("Session"), lockRow, heading("Appearance"), dark);
        vm.refresh();
    }

    public Parent root() {
        ScrollPane sp = new ScrollPane(root);
        sp.setFitToWidth(true);
        return sp;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    private static TableColumn<SettingsViewModel.CertificateRow, String> ccol(String name,
            Function<SettingsViewModel.CertificateRow, String> f, double w) {
        TableColumn<SettingsViewModel.CertificateRow, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(w);
        return c;
    }

    private static TableColumn<AccountRow, String> col(String name, Function<AccountRow, String> f, double w) {
        TableColumn<AccountRow, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(w);
        return c;
    }

    private void showAddDialog(Window owner) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Add account");
        d.setHeaderText("Add an account");
        GridPane g = Forms.grid();
        Forms.row(g, "User ID", Forms.text("newUserIdField", vm.newUserId, "e.g. bschmidt"), null);
        Forms.row(g, "Full name", Forms.text("newFullNameField", vm.newFullName, "as printed on signatures"), null);
        ComboBox<Role> role = new ComboBox<>();
        role.setId("newRoleCombo");
        role.getItems().setAll(Role.values());
        role.valueProperty().bindBidirectional(vm.newRole);
        Forms.row(g, "Role", role, null);
        Forms.row(g, "Initial password", Forms.password("newPasswordField", vm.newPassword), null);
        Label hint = new Label("Tell the person the initial password in person; they must choose their own at first"
                + " sign-in.");
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Label problem = new Label();
        problem.setId("addAccountProblem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.addProblemProperty());
        problem.getStyleClass().add(Styles.DANGER);
        VBox content = new VBox(10, g, hint, problem);
        content.setPrefWidth(520);
        d.getDialogPane().setContent(content);
        ButtonType addType = new ButtonType("Add account", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, addType);
        Button addButton = (Button) d.getDialogPane().lookupButton(addType);
        addButton.setId("confirmAddAccountButton");
        addButton.disableProperty().bind(vm.busy);
        addButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            vm.addAccount(() -> d.setResult(addType));
        });
        d.showAndWait();
    }

    /**
     * Shows the password change dialog. When {@code forced} (first sign-in after an administrator set the password),
     * cancelling returns false.
     */
    public static boolean showChangePasswordDialog(SettingsViewModel vm, Window owner, boolean forced) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Change password");
        d.setHeaderText(forced ? "Choose your own password" : "Change your password");
        GridPane g = Forms.grid();
        Forms.row(g, forced ? "Initial password" : "Current password", Forms.password("currentPasswordField",
                vm.currentPassword), null);
        Forms.row(g, "New password", Forms.password("changedPasswordField", vm.changedPassword), null);
        Forms.row(g, "Repeat new password", Forms.password("changedRepeatField", vm.changedRepeat), null);
        Label problem = new Label();
        problem.setId("changePasswordProblem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.changeProblemProperty());
        problem.getStyleClass().add(Styles.DANGER);
        Label note = new Label(forced ? "An administrator set your initial password. Choose your own now: at least 12"
                + " characters, not containing your user ID." : "At least 12 characters, not containing your user ID.");
        note.setWrapText(true);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        VBox content = new VBox(10, note, g, problem);
        content.setPrefWidth(500);
        d.getDialogPane().setContent(content);
        ButtonType change = new ButtonType("Change password", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, change);
        Button changeButton = (Button) d.getDialogPane().lookupButton(change);
        changeButton.setId("confirmChangePasswordButton");
        changeButton.disableProperty().bind(vm.busy);
        changeButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            vm.changePassword(() -> d.setResult(change));
        });
        return d.showAndWait().filter(change::equals).isPresent();
    }
}
