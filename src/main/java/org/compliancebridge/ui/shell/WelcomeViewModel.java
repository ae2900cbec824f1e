package org.compliancebridge.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.compliancebridge.domain.InvalidInputException;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.service.PasswordPolicy;
import org.compliancebridge.service.WorkspaceService;
import org.compliancebridge.ui.common.DialogService;
import org.compliancebridge.ui.common.ErrorMessages;
import org.compliancebridge.ui.common.TaskRunner;
import org.compliancebridge.ui.common.UiPreferences;

/**
 * State and commands of the welcome screen: create a workspace, open one (recent list), or open with the recovery
 * key. Field problems show inline next to the field; operational failures (wrong password, in use, ...) show as one
 * specific message above the buttons.
 */
public final class WelcomeViewModel {
    public enum Mode { OPEN, CREATE, RECOVER, DEMO }

    private final WorkspaceService workspaces;
    private final PasswordPolicy policy;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final UiPreferences prefs;
    private final Consumer<SignedIn> onSignedIn;

    public final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.OPEN);
    public final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final BooleanProperty submitted = new SimpleBooleanProperty();

    // Create
    public final StringProperty createFolder = new SimpleStringProperty("");
    public final StringProperty orgName = new SimpleStringProperty("");
    public final StringProperty adminId = new SimpleStringProperty("");
    public final StringProperty adminName = new SimpleStringProperty("");
    public final StringProperty createPassword = new SimpleStringProperty("");
    public final StringProperty createRepeat = new SimpleStringProperty("");
    public final ReadOnlyStringProperty createFolderError;
    public final ReadOnlyStringProperty orgNameError;
    public final ReadOnlyStringProperty adminIdError;
    public final ReadOnlyStringProperty adminNameError;
    public final ReadOnlyStringProperty createPasswordError;
    public final ReadOnlyStringProperty createRepeatError;

    // Open
    public final ObservableList<Path> recent = FXCollections.observableArrayList();
    public final StringProperty openFolder = new SimpleStringProperty("");
    public final StringProperty openUser = new SimpleStringProperty("");
    public final StringProperty openPassword = new SimpleStringProperty("");

    // Recover
    public final StringProperty recoverFolder = new SimpleStringProperty("");
    public final StringProperty recoveryKey = new SimpleStringProperty("");
    public final StringProperty recoverUser = new SimpleStringProperty("");
    public final StringProperty recoverPassword = new SimpleStringProperty("");
    public final StringProperty recoverRepeat = new SimpleStringProperty("");
    public final ReadOnlyStringProperty recoverPasswordError;
    public final ReadOnlyStringProperty recoverRepeatError;

    // The demo workspace (fictional company, half-done gap analysis), created in a folder of the user's choice.
    public final StringProperty demoFolder = new SimpleStringProperty(defaultDemoFolder());
    public final StringProperty demoPassword = new SimpleStringProperty("");
    public final StringProperty demoRepeat = new SimpleStringProperty("");
    public final ReadOnlyStringProperty demoFolderError;
    public final ReadOnlyStringProperty demoPasswordError;
    public final ReadOnlyStringProperty demoRepeatError;
    public final javafx.beans.property.DoubleProperty demoProgress = new javafx.beans.property.SimpleDoubleProperty();
    public final StringProperty demoStep = new SimpleStringProperty("");
    private org.compliancebridge.service.DemoService demo;
    private java.util.concurrent.Executor uiThread = Runnable::run;

    public WelcomeViewModel(WorkspaceService workspaces, PasswordPolicy policy, TaskRunner tasks,
            DialogService dialogs, UiPreferences prefs, Consumer<SignedIn> onSignedIn) {
        this.workspaces = workspaces;
        this.policy = policy;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.prefs = prefs;
        this.onSignedIn = onSignedIn;
        recent.setAll(prefs.recentWorkspaces());
        if (!recent.isEmpty()) {
            openFolder.set(recent.get(0).toString());
        } else {
            mode.set(Mode.CREATE);
        }
        createFolderError = message(createFolder, () -> folderProblem(createFolder.get()));
        orgNameError = message(orgName, () -> blank(orgName) ? "Enter the organisation's name." : "");
        adminIdError = message(adminId, () -> userIdProblem(adminId.get()));
        adminNameError = message(adminName, () -> blank(adminName) ? "Enter your full name as it should appear on"
                + " signatures." : "");
        createPasswordError = message(createPassword, () -> passwordProblem(adminId.get(), createPassword.get()),
                adminId);
        createRepeatError = message(createRepeat, () -> createRepeat.get().equals(createPassword.get()) ? ""
                : "The two passwords differ.", createPassword);
        recoverPasswordError = message(recoverPassword, () -> passwordProblem(recoverUser.get(),
                recoverPassword.get()), recoverUser);
        recoverRepeatError = message(recoverRepeat, () -> recoverRepeat.get().equals(recoverPassword.get()) ? ""
                : "The two passwords differ.", recoverPassword);
        demoFolderError = message(demoFolder, () -> folderProblem(demoFolder.get()));
        demoPasswordError = message(demoPassword, () -> passwordProblem(org.compliancebridge.service.DemoService.ADMIN,
                demoPassword.get()));
        demoRepeatError = message(demoRepeat, () -> demoRepeat.get().equals(demoPassword.get()) ? ""
                : "The two passwords differ.", demoPassword);
    }

    private static String defaultDemoFolder() {
        return Path.of(System.getProperty("user.home"), "ComplianceBridge", "demo-"
                + java.time.LocalDate.now()).toString();
    }

    /**
     * Enables "Open demo workspace" (the composition root provides it; tests may leave it out).
     *
     * @param uiThread runs progress updates on the FX thread
     */
    public void setDemo(org.compliancebridge.service.DemoService demo, java.util.concurrent.Executor uiThread) {
        this.demo = demo;
        this.uiThread = uiThread;
    }

    public boolean demoAvailable() {
        return demo != null;
    }

    /**
     * Creates the demo workspace in the chosen empty folder, every demo account with the password given, and signs
     * in as its administrator ({@code admin}).
     */
    public void createDemo() {
        submitted.set(true);
        problem.set("");
        for (ReadOnlyStringProperty e : new ReadOnlyStringProperty[] {demoFolderError, demoPasswordError,
                demoRepeatError}) {
            if (!e.get().isEmpty()) {
                problem.set("Please correct the fields marked below.");
                return;
            }
        }
        Path folder = Path.of(demoFolder.get().strip());
        char[] pw = demoPassword.get().toCharArray();
        busy.set(true);
        org.compliancebridge.domain.landscape.ProgressMonitor monitor =
                new org.compliancebridge.domain.landscape.ProgressMonitor() {
                    @Override
                    public void progress(double fraction, String message) {
                        uiThread.execute(() -> {
                            demoProgress.set(fraction);
                            demoStep.set(message);
                        });
                    }

                    @Override
                    public boolean cancelled() {
                        return false;
                    }
                };
        tasks.run("Creating the demo workspace", () -> {
            try {
                java.nio.file.Files.createDirectories(folder.getParent());
            } catch (java.io.IOException e) {
                throw new InvalidInputException("Cannot create " + folder.getParent() + ": " + e.getMessage());
            }
            return demo.create(folder, pw, monitor);
        }, created -> {
            busy.set(false);
            demoPassword.set("");
            demoRepeat.set("");
            demoStep.set("");
            prefs.rememberWorkspace(created.session().folder());
            onSignedIn.accept(new SignedIn(created.session(), Optional.of(created.recoveryKey())));
        }, this::failed);
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public BooleanBinding canOpen() {
        return busy.not().and(openFolder.isNotEmpty()).and(openUser.isNotEmpty()).and(openPassword.isNotEmpty());
    }

    public void create() {
        submitted.set(true);
        problem.set("");
        for (ReadOnlyStringProperty e : new ReadOnlyStringProperty[] {createFolderError, orgNameError, adminIdError,
                adminNameError, createPasswordError, createRepeatError}) {
            if (!e.get().isEmpty()) {
                problem.set("Please correct the fields marked below.");
                return;
            }
        }
        Path folder = Path.of(createFolder.get().strip());
        char[] pw = createPassword.get().toCharArray();
        busy.set(true);
        tasks.run("Creating workspace", () -> workspaces.create(folder, orgName.get(), UserId.of(adminId.get()),
                        adminName.get(), pw),
                created -> {
                    busy.set(false);
                    clearSecrets();
                    prefs.rememberWorkspace(created.session().folder());
                    onSignedIn.accept(new SignedIn(created.session(), Optional.of(created.recoveryKey())));
                }, this::failed);
    }

    public void open() {
        problem.set("");
        UserId user;
        try {
            user = UserId.of(openUser.get());
        } catch (InvalidInputException e) {
            problem.set("The user ID or password is not correct. Check Caps Lock and try again.");
            return;
        }
        Path folder = Path.of(openFolder.get().strip());
        char[] pw = openPassword.get().toCharArray();
        busy.set(true);
        tasks.run("Signing in", () -> workspaces.open(folder, user, pw), session -> {
            busy.set(false);
            clearSecrets();
            prefs.rememberWorkspace(session.folder());
            onSignedIn.accept(new SignedIn(session, Optional.empty()));
        }, this::failed);
    }

    public void recover() {
        submitted.set(true);
        problem.set("");
        if (!recoverPasswordError.get().isEmpty() || !recoverRepeatError.get().isEmpty()
                || blank(recoverFolder) || blank(recoveryKey) || blank(recoverUser)) {
            problem.set("Fill in the folder, the recovery key, your user ID and a new password.");
            return;
        }
        Path folder = Path.of(recoverFolder.get().strip());
        char[] pw = recoverPassword.get().toCharArray();
        busy.set(true);
        tasks.run("Opening with recovery key", () -> workspaces.openWithRecoveryKey(folder, recoveryKey.get(),
                UserId.of(recoverUser.get()), pw), session -> {
                    busy.set(false);
                    clearSecrets();
                    prefs.rememberWorkspace(session.folder());
                    onSignedIn.accept(new SignedIn(session, Optional.empty()));
                }, this::failed);
    }

    private void failed(Throwable t) {
        busy.set(false);
        openPassword.set("");
        if (ErrorMessages.isExpected(t)) {
            problem.set(t.getMessage());
        } else {
            ErrorMessages.report(dialogs, "Opening the workspace", t);
        }
    }

    private void clearSecrets() {
        createPassword.set("");
        createRepeat.set("");
        demoPassword.set("");
        demoRepeat.set("");
        openPassword.set("");
        recoverPassword.set("");
        recoverRepeat.set("");
        recoveryKey.set("");
    }

    /** A field message: empty while the field is untouched and nothing was submitted. */
    private ReadOnlyStringProperty message(StringProperty field, java.util.function.Supplier<String> rule,
            ObservableValue<?>... alsoDependsOn) {
        ReadOnlyStringWrapper out = new ReadOnlyStringWrapper("");
        Runnable update = () -> out.set(field.get().isEmpty() && !submitted.get() ? "" : rule.get());
        field.addListener((o, a, b) -> update.run());
        submitted.addListener((o, a, b) -> update.run());
        for (ObservableValue<?> v : alsoDependsOn) {
            v.addListener((o, a, b) -> update.run());
        }
        return out.getReadOnlyProperty();
    }

    private static boolean blank(StringProperty p) {
        return p.get() == null || p.get().isBlank();
    }

    private static String folderProblem(String text) {
        if (text == null || text.isBlank()) {
            return "Choose a new, empty folder for the workspace.";
        }
        Path p = Path.of(text.strip());
        if (Files.isRegularFile(p)) {
            return "This is a file; choose a folder.";
        }
        if (Files.isRegularFile(p.resolve("workspace.keys"))) {
            return "This folder already holds a workspace: open it instead.";
        }
        return "";
    }

    private static String userIdProblem(String text) {
        try {
            UserId.of(text);
            return "";
        } catch (InvalidInputException e) {
            return e.getMessage();
        }
    }

    private String passwordProblem(String userText, String pw) {
        UserId user;
        try {
            user = UserId.of(userText);
        } catch (InvalidInputException e) {
            user = null;
        }
        return policy.problem(user, pw.toCharArray()).orElse("");
    }

    /** For the view: binding that is true when a message is present. */
    public static BooleanBinding hasText(ReadOnlyStringProperty p) {
        return Bindings.createBooleanBinding(() -> !p.get().isEmpty(), p);
    }
}
