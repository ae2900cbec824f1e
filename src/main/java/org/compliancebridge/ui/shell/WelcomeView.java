package org.compliancebridge.ui.shell;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.compliancebridge.ui.common.DialogService;

/** The welcome screen. Binds to {@link WelcomeViewModel}; holds no state or logic of its own. */
public final class WelcomeView {
    private final WelcomeViewModel vm;
    private final DialogService dialogs;
    private final BorderPane root = new BorderPane();

    public WelcomeView(WelcomeViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        build();
    }

    public Parent root() {
        return root;
    }

    private void build() {
        root.setId("welcomeView");
        root.getStyleClass().add("welcome");
        root.setLeft(brand());

        Tab open = new Tab("Open workspace", openForm());
        open.setId("openTab");
        Tab create = new Tab("New workspace", createForm());
        create.setId("createTab");
        Tab recover = new Tab("Use recovery key", recoverForm());
        recover.setId("recoverTab");
        TabPane tabs = new TabPane(open, create, recover);
        if (vm.demoAvailable()) {
            Tab demo = new Tab("Demo workspace", demoForm());
            demo.setId("demoTab");
            tabs.getTabs().add(demo);
        }
        tabs.setId("welcomeTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().select(switch (vm.mode.get()) {
            case OPEN -> open;
            case CREATE -> create;
            case RECOVER, DEMO -> recover;
        });
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.mode.set(
                b == open ? WelcomeViewModel.Mode.OPEN : b == create ? WelcomeViewModel.Mode.CREATE
                        : b == recover ? WelcomeViewModel.Mode.RECOVER : WelcomeViewModel.Mode.DEMO));
        tabs.disableProperty().bind(vm.busy);

        Label problem = new Label();
        problem.setId("problemLabel");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        problem.getStyleClass().addAll("problem-banner");
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setMaxWidth(Double.MAX_VALUE);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        spinner.visibleProperty().bind(vm.busy);
        Label working = new Label();
        working.textProperty().bind(javafx.beans.binding.Bindings.when(vm.mode.isEqualTo(WelcomeViewModel.Mode.DEMO))
                .then("Creating the demo workspace: each demo person signs in and enters their part (about half a"
                        + " minute)...")
                .otherwise("Checking the password (this takes about a second on purpose)..."));
        working.getStyleClass().add(Styles.TEXT_MUTED);
        working.visibleProperty().bind(vm.busy);
        HBox status = new HBox(8, spinner, working);
        status.setAlignment(Pos.CENTER_LEFT);

        VBox right = new VBox(12, title("Welcome to ComplianceBridge"), tabs, problem, status);
        right.setPadding(new Insets(32, 40, 32, 40));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.setCenter(right);
    }

    private VBox brand() {
        ImageView logo = new ImageView(new Image(getClass().getResourceAsStream(
                "/org/compliancebridge/ui/icons/compliance-bridge-128.png")));
        logo.setFitWidth(96);
        logo.setPreserveRatio(true);
        Label name = new Label("ComplianceBridge");
        name.getStyleClass().add(Styles.TITLE_3);
        name.setWrapText(true);
        Label tag = new Label("Part 11 and Annex 11, bridged with your ISMS and cybersecurity controls."
                + "\n\nWorks offline. Your workspace is encrypted on this computer; every change is recorded in a"
                + " tamper-evident audit trail.");
        tag.setWrapText(true);
        tag.getStyleClass().add(Styles.TEXT_MUTED);
        VBox b = new VBox(16, logo, name, tag);
        b.setPadding(new Insets(40, 28, 28, 28));
        b.setPrefWidth(280);
        b.getStyleClass().add("brand-panel");
        return b;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TITLE_3);
        return l;
    }

    private Region openForm() {
        ListView<Path> recent = new ListView<>(vm.recent);
        recent.setId("recentList");
        recent.setPrefHeight(120);
        recent.setPlaceholder(new Label("No recent workspaces yet."));
        recent.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.openFolder.set(b.toString());
            }
        });
        GridPane g = Forms.grid();
        Forms.row(g, "Recent", recent, null);
        Forms.row(g, "Workspace folder", folderPicker("openFolderField", vm.openFolder, "Open workspace folder"),
                null);
        TextField user = Forms.text("openUserField", vm.openUser, "your user ID");
        Forms.row(g, "User ID", user, null);
        var pw = Forms.password("openPasswordField", vm.openPassword);
        pw.setOnAction(e -> {
            if (!vm.canOpen().get()) {
                return;
            }
            vm.open();
        });
        Forms.row(g, "Password", pw, null);
        Button go = new Button("Sign in");
        go.setId("openButton");
        go.setDefaultButton(true);
        go.getStyleClass().add(Styles.ACCENT);
        go.disableProperty().bind(vm.canOpen().not());
        go.setOnAction(e -> vm.open());
        return form(g, go);
    }

    private Region createForm() {
        GridPane g = Forms.grid();
        Forms.row(g, "Workspace folder", folderPicker("createFolderField", vm.createFolder,
                "Choose an empty folder for the new workspace"), vm.createFolderError);
        Forms.row(g, "Organisation", Forms.text("orgNameField", vm.orgName, "e.g. Acme Medical Devices GmbH"),
                vm.orgNameError);
        Forms.row(g, "Your user ID", Forms.text("adminIdField", vm.adminId, "e.g. jsmith"), vm.adminIdError);
        Forms.row(g, "Your full name", Forms.text("adminNameField", vm.adminName, "as printed on signatures"),
                vm.adminNameError);
        Forms.row(g, "Password", Forms.password("createPasswordField", vm.createPassword), vm.createPasswordError);
        Forms.row(g, "Repeat password", Forms.password("createRepeatField", vm.createRepeat), vm.createRepeatError);
        Label hint = new Label("At least 12 characters; a short sentence works well. You become the workspace's first"
                + " administrator. A recovery key is shown once after creation.");
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        g.add(hint, 1, g.getRowCount());
        Button go = new Button("Create workspace");
        go.setId("createButton");
        go.getStyleClass().add(Styles.ACCENT);
        go.disableProperty().bind(vm.busy);
        go.setOnAction(e -> vm.create());
        return form(g, go);
    }

    private Region recoverForm() {
        GridPane g = Forms.grid();
        Forms.row(g, "Workspace folder", folderPicker("recoverFolderField", vm.recoverFolder,
                "Workspace folder"), null);
        Forms.row(g, "Recovery key", Forms.text("recoveryKeyField", vm.recoveryKey, "XXXX-XXXX-..."), null);
        Forms.row(g, "Your user ID", Forms.text("recoverUserField", vm.recoverUser, "account to set a new password"
                + " for"), null);
        Forms.row(g, "New password", Forms.password("recoverPasswordField", vm.recoverPassword),
                vm.recoverPasswordError);
        Forms.row(g, "Repeat password", Forms.password("recoverRepeatField", vm.recoverRepeat),
                vm.recoverRepeatError);
        Button go = new Button("Open and set new password");
        go.setId("recoverButton");
        go.getStyleClass().add(Styles.ACCENT);
        go.disableProperty().bind(vm.busy);
        go.setOnAction(e -> vm.recover());
        return form(g, go);
    }

    private Region demoForm() {
        GridPane g = Forms.grid();
        Label about = new Label("A fictional 60-person medical-device maker selling in the US and EU, with a LIMS,"
                + " an eQMS and an ERP: completed profile, half-done gap analysis across Part 11, Annex 11 and"
                + " ISO 27001, a dozen actions (two overdue) and six people with different roles. Everything is"
                + " entered through the normal, audited services. You sign in as its administrator, admin; the other"
                + " demo people get the same password and must change it at their first sign-in.");
        about.setWrapText(true);
        about.setMaxWidth(560);
        g.add(about, 0, 0, 2, 1);
        Forms.row(g, "Workspace folder", folderPicker("demoFolderField", vm.demoFolder,
                "Choose an empty folder for the demo workspace"), vm.demoFolderError);
        Forms.row(g, "Password", Forms.password("demoPasswordField", vm.demoPassword), vm.demoPasswordError);
        Forms.row(g, "Repeat password", Forms.password("demoRepeatField", vm.demoRepeat), vm.demoRepeatError);
        javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar();
        bar.setId("demoProgress");
        bar.progressProperty().bind(vm.demoProgress);
        bar.visibleProperty().bind(vm.busy.and(vm.demoStep.isNotEmpty()));
        bar.setMaxWidth(Double.MAX_VALUE);
        Label step = new Label();
        step.textProperty().bind(vm.demoStep);
        step.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        g.add(new VBox(4, bar, step), 1, g.getRowCount());
        Button go = new Button("Create and open demo workspace");
        go.setId("demoButton");
        go.getStyleClass().add(Styles.ACCENT);
        go.disableProperty().bind(vm.busy);
        go.setOnAction(e -> vm.createDemo());
        return form(g, go);
    }

    private HBox folderPicker(String id, javafx.beans.property.StringProperty bound, String title) {
        TextField f = Forms.text(id, bound, "folder");
        Button choose = new Button("Choose...");
        choose.setId(id.replace("Field", "Button"));
        choose.setOnAction(e -> dialogs.chooseFolder(title, bound.get().isBlank() ? null : Path.of(bound.get()))
                .ifPresent(p -> bound.set(p.toString())));
        HBox box = new HBox(6, f, choose);
        HBox.setHgrow(f, Priority.ALWAYS);
        box.setId(id + "Box");
        return box;
    }

    private static Region form(GridPane g, Button action) {
        HBox actions = new HBox(action);
        actions.setAlignment(Pos.CENTER_RIGHT);
        VBox v = new VBox(16, g, actions);
        v.setPadding(new Insets(16, 4, 4, 4));
        return v;
    }
}
