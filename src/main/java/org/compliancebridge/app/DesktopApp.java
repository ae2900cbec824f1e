package org.compliancebridge.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application. Wiring of the UI happens in {@link #start}. */
public final class DesktopApp extends Application {
    static void launchApp(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        throw new UnsupportedOperationException("UI wiring follows");
    }
}
