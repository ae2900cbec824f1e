package org.compliancebridge.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.compliancebridge.app.AppServices;
import org.compliancebridge.domain.InvalidInputException;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.service.Session;
import picocli.CommandLine.Option;

/**
 * A command that works on a workspace when {@code --workspace} is given, and on the data bundled with the
 * application otherwise (no password needed then).
 */
abstract class OptionalWorkspaceCommand implements Callable<Integer> {
    protected AppServices services;
    protected PrintWriter out;
    protected PrintWriter err;

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "Workspace folder (with --user). Without it, the catalogues bundled with the app are used.")
    protected Path workspace;

    @Option(names = "--user", paramLabel = "ID", description = "Your user ID (with --workspace).")
    protected String user;

    @Option(names = "--password-file", paramLabel = "F",
            description = "File whose first line is your password (otherwise you are asked at the console).")
    protected Path passwordFile;

    void init(AppServices s, PrintWriter o, PrintWriter e) {
        this.services = s;
        this.out = o;
        this.err = e;
    }

    /** Signs in when a workspace was named; null when working on the bundled data. */
    protected Session signInIfWorkspace() {
        if (workspace == null) {
            if (user != null || passwordFile != null) {
                throw new InvalidInputException("--user and --password-file need --workspace DIR.");
            }
            return null;
        }
        if (user == null) {
            throw new InvalidInputException("--workspace needs --user ID (and the password from --password-file or"
                    + " the console).");
        }
        return services.workspaces().open(workspace, UserId.of(user), CliCommand.readSecret(passwordFile,
                "Password for " + user + ": "));
    }
}
