package org.compliancebridge.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.compliancebridge.ui.common.ErrorMessages;
import org.compliancebridge.ui.common.FxTaskRunner;
import org.compliancebridge.ui.common.UiPreferences;
import org.compliancebridge.ui.shell.MainWindow;

/** The JavaFX application: wires production services into the main window. */
public final class DesktopApp extends Application {
    private MainWindow window;

    static void launchApp(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        window = UiAssembly.assemble(stage, AppServices.production(), new FxTaskRunner(), UiPreferences.forUser());
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> Platform.runLater(() ->
                ErrorMessages.report(window.dialogs(), "Unexpected error", error)));
        window.show();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.closeSessionNow();
        }
        // Writer threads end with their sessions; exit explicitly so nothing can keep the JVM alive.
        System.exit(0);
    }
}
