package org.compliancebridge.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.compliancebridge.domain.AuditEntry;
import org.compliancebridge.service.LoginThrottle;
import org.compliancebridge.service.PasswordPolicy;
import org.compliancebridge.service.Session;
import org.compliancebridge.service.WorkspaceService;
import org.compliancebridge.ui.common.DialogService;
import org.compliancebridge.ui.common.ErrorMessages;
import org.compliancebridge.ui.common.FxDialogService;
import org.compliancebridge.ui.common.TaskRunner;
import org.compliancebridge.ui.common.UiPreferences;
import org.compliancebridge.ui.settings.SettingsView;
import org.compliancebridge.ui.settings.SettingsViewModel;

/**
 * The one window: welcome screen until someone signs in, then the shell. Owns the inactivity lock and remembers its
 * size and position.
 */
public final class MainWindow {
    private static final String[] ICON_SIZES = {"16", "32", "48", "64", "128", "256"};
    private final Stage stage;
    private final WorkspaceService workspaces;
    private final PasswordPolicy policy;
    private final TaskRunner tasks;
    private final UiPreferences prefs;
    private final SectionViews sectionViews;
    private final LoginThrottle.Sleeper sleeper;
    private final DialogService dialogs;
    private org.compliancebridge.service.DemoService demo;
    private final Scene scene;
    private final PauseTransition idle = new PauseTransition();
    private final EventHandler<Event> activity = e -> idle.playFromStart();
    /** Minutes without input before the session locks; updated from Settings. */
    public final IntegerProperty lockAfterMinutes = new SimpleIntegerProperty(15);
    private ShellViewModel shell;
    private WelcomeViewModel welcome;

    /** Offers "Demo workspace" on the welcome screen from now on (call before the welcome screen is shown). */
    public void enableDemo(org.compliancebridge.service.DemoService demoService) {
        this.demo = demoService;
        if (welcome != null) {
            welcome.setDemo(demoService, javafx.application.Platform::runLater);
        }
    }

    public MainWindow(Stage stage, WorkspaceService workspaces, PasswordPolicy policy, TaskRunner tasks,
            UiPreferences prefs, SectionViews sectionViews, LoginThrottle.Sleeper sleeper) {
        this.stage = stage;
        this.workspaces = workspaces;
        this.policy = policy;
        this.tasks = tasks;
        this.prefs = prefs;
        this.sectionViews = sectionViews;
        this.sleeper = sleeper;
        this.dialogs = new FxDialogService(() -> stage);
        this.scene = new Scene(new javafx.scene.layout.Pane(), 1180, 760);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource(
                "/org/compliancebridge/ui/app.css")).toExternalForm());
        applyTheme(prefs.darkTheme());
        idle.setOnFinished(e -> {
            if (shell != null && !shell.locked.get()) {
                shell.lock("inactivity");
            }
        });
        lockAfterMinutes.addListener((o, a, b) -> idle.setDuration(javafx.util.Duration.minutes(b.intValue())));
        idle.setDuration(javafx.util.Duration.minutes(lockAfterMinutes.get()));
    }

    public void show() {
        stage.setTitle("ComplianceBridge");
        for (String size : ICON_SIZES) {
            var in = getClass().getResourceAsStream("/org/compliancebridge/ui/icons/compliance-bridge-" + size
                    + ".png");
            if (in != null) {
                stage.getIcons().add(new Image(in));
            }
        }
        double[] b = prefs.windowBounds();
        if (b.length == 5 && javafx.stage.Screen.getScreensForRectangle(b[0], b[1], b[2], b[3]).size() > 0) {
            stage.setX(b[0]);
            stage.setY(b[1]);
            stage.setWidth(b[2]);
            stage.setHeight(b[3]);
            stage.setMaximized(b[4] > 0);
        }
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            prefs.saveWindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                    stage.isMaximized());
            closeSessionNow();
        });
        showWelcome();
        stage.show();
    }

    public DialogService dialogs() {
        return dialogs;
    }

    /** The current shell (null before sign-in); for tests. */
    public ShellViewModel shell() {
        return shell;
    }

    public WelcomeViewModel welcome() {
        return welcome;
    }

    public void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        prefs.setDarkTheme(dark);
    }

    private void setRoot(Parent root) {
        scene.setRoot(root);
    }

    private void showWelcome() {
        stopIdleWatch();
        shell = null;
        stage.setTitle("ComplianceBridge");
        welcome = new WelcomeViewModel(workspaces, policy, tasks, dialogs, prefs, this::signedIn);
        if (demo != null) {
            welcome.setDemo(demo, javafx.application.Platform::runLater);
        }
        setRoot(new WelcomeView(welcome, dialogs).root());
    }

    private void signedIn(SignedIn s) {
        Session session = s.session();
        s.recoveryKey().ifPresent(k -> SignInDialogs.showRecoveryKey(stage, k));
        if (session.account().mustChangePassword()) {
            SettingsViewModel forced = new SettingsViewModel(session, tasks, dialogs);
            if (!SettingsView.showChangePasswordDialog(forced, stage, true)) {
                tasks.run("Signing out", () -> {
                    session.close();
                    return null;
                }, ok -> showWelcome(), t -> showWelcome());
                return;
            }
        }
        session.integrityWarning().ifPresent(w -> dialogs.showProblem("Audit trail does not match its checkpoints", w));
        shell = new ShellViewModel(session, tasks, dialogs, sleeper, this::showWelcome);
        ShellView view = new ShellView(shell, section -> sectionViews.create(section, shell));
        stage.setTitle("ComplianceBridge — " + session.folder().getFileName());
        setRoot(view.root());
        view.installShortcuts(scene);
        startIdleWatch();
        tasks.run("Loading settings", () -> new AfterSignIn(session.lockAfterMinutes(),
                session.account().isAdministrator() ? session.pendingSecurityAlerts() : List.<AuditEntry>of()),
                a -> {
                    lockAfterMinutes.set(a.lockMinutes());
                    if (!a.alerts().isEmpty() && SignInDialogs.showSecurityAlerts(stage, a.alerts(),
                            session.zone())) {
                        tasks.run("Acknowledging", () -> {
                            session.acknowledgeSecurityAlerts();
                            return null;
                        }, ok -> { }, t -> ErrorMessages.report(dialogs, "Acknowledging alerts", t));
                    }
                }, t -> ErrorMessages.report(dialogs, "Loading settings", t));
    }

    private record AfterSignIn(int lockMinutes, List<AuditEntry> alerts) {
    }

    private void startIdleWatch() {
        scene.addEventFilter(KeyEvent.ANY, activity);
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, activity);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, activity);
        scene.addEventFilter(ScrollEvent.ANY, activity);
        idle.playFromStart();
    }

    private void stopIdleWatch() {
        idle.stop();
        scene.removeEventFilter(KeyEvent.ANY, activity);
        scene.removeEventFilter(MouseEvent.MOUSE_MOVED, activity);
        scene.removeEventFilter(MouseEvent.MOUSE_PRESSED, activity);
        scene.removeEventFilter(ScrollEvent.ANY, activity);
        scene.getAccelerators().clear();
    }

    /** Closing the window ends the session synchronously (one audit entry), so nothing is left half-open. */
    public void closeSessionNow() {
        if (shell != null && !shell.session().isClosed()) {
            try {
                shell.session().close();
            } catch (RuntimeException e) {
                ErrorMessages.report(dialogs, "Closing the workspace", e);
            }
        }
    }

    /** For tests: lock after this much inactivity instead of the configured minutes (until the next setting change). */
    public void overrideIdleDelay(Duration delay) {
        idle.setDuration(javafx.util.Duration.millis(delay.toMillis()));
        idle.playFromStart();
    }

    /** For tests: the configured idle delay. */
    public Duration idleDelay() {
        return Duration.ofMillis((long) idle.getDuration().toMillis());
    }

    public void exit() {
        closeSessionNow();
        Platform.exit();
    }
}
