package org.compliancebridge.app;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Entry point of the jar and the installer. No arguments: the desktop app. Any argument: the headless CLI. (A plain
 * main class, not an {@code Application} subclass, so it starts from the class path.)
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        configureLogging();
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (args.length == 0) {
            DesktopApp.launchApp(args);
        } else {
            System.exit(org.compliancebridge.app.cli.Cli.run(AppServices.production(), args));
        }
    }

    /** Logs go to a file in the user's data folder; stderr is kept for the CLI's one-line messages. */
    static void configureLogging() {
        if (System.getProperty("org.slf4j.simpleLogger.logFile") != null) {
            return;
        }
        Path dir = Path.of(System.getProperty("user.home"), ".compliancebridge", "logs");
        try {
            Files.createDirectories(dir);
            System.setProperty("org.slf4j.simpleLogger.logFile", dir.resolve("compliance-bridge.log").toString());
        } catch (java.io.IOException e) {
            System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        }
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    }
}
