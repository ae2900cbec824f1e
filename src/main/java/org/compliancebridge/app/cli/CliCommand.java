package org.compliancebridge.app.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.compliancebridge.app.AppServices;
import org.compliancebridge.domain.InvalidInputException;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.service.Session;
import picocli.CommandLine.Option;

/** Shared options and helpers. Passwords come from a file's first line or the console, never from arguments. */
abstract class CliCommand implements Callable<Integer> {
    protected AppServices services;
    protected PrintWriter out;
    protected PrintWriter err;

    @Option(names = "--workspace", required = true, paramLabel = "DIR", description = "Workspace folder.")
    protected Path workspace;

    @Option(names = "--user", required = true, paramLabel = "ID", description = "Your user ID.")
    protected String user;

    @Option(names = "--password-file", paramLabel = "F",
            description = "File whose first line is your password (otherwise you are asked at the console).")
    protected Path passwordFile;

    void init(AppServices s, PrintWriter o, PrintWriter e) {
        this.services = s;
        this.out = o;
        this.err = e;
    }

    protected UserId userId() {
        return UserId.of(user);
    }

    protected char[] password() {
        return readSecret(passwordFile, "Password for " + user + ": ");
    }

    protected Session signIn() {
        Session s = services.workspaces().open(workspace, userId(), password());
        s.integrityWarning().ifPresent(w -> err.println("warning: " + w));
        return s;
    }

    static char[] readSecret(Path file, String prompt) {
        if (file != null) {
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line = r.readLine();
                if (line == null || line.isEmpty()) {
                    throw new InvalidInputException("The password file " + file + " is empty. Put the password on"
                            + " its first line.");
                }
                return line.toCharArray();
            } catch (IOException e) {
                throw new InvalidInputException("Cannot read the password file " + file + ": " + e.getMessage());
            }
        }
        Console console = System.console();
        if (console == null) {
            throw new InvalidInputException("No console to type the password in. Give it with --password-file F"
                    + " (first line of the file).");
        }
        char[] pw = console.readPassword("%s", prompt);
        if (pw == null || pw.length == 0) {
            throw new InvalidInputException("No password entered.");
        }
        return pw;
    }
}
