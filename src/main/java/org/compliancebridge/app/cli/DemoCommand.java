package org.compliancebridge.app.cli;

import java.util.Arrays;
import java.util.Locale;
import org.compliancebridge.domain.InvalidInputException;
import org.compliancebridge.domain.demo.DemoPerson;
import org.compliancebridge.domain.landscape.ProgressMonitor;
import org.compliancebridge.service.DemoService;
import picocli.CommandLine.Command;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Creates the demo workspace in an empty or new folder: a fictional 60-person medical-device maker"
                + " with a completed profile, systems, a half-done gap analysis across Part 11, Annex 11 and ISO 27001"
                + " and a dozen actions. Every demo person (administrator: admin) gets the password given; all but"
                + " admin must change it at first sign-in. Prints the recovery key.")
final class DemoCommand extends OptionalWorkspaceCommand {
    @Override
    public Integer call() {
        if (workspace == null) {
            throw new InvalidInputException("Name the folder for the demo workspace: demo --workspace DIR.");
        }
        if (user != null) {
            throw new InvalidInputException("The demo's administrator is always 'admin'; leave out --user.");
        }
        char[] pw = CliCommand.readSecret(passwordFile, "Password for the demo accounts: ");
        DemoService.Created c;
        try {
            c = services.demo().create(workspace, pw, new ProgressMonitor() {
                private String last = "";

                @Override
                public void progress(double fraction, String message) {
                    if (!message.equals(last)) {
                        err.println(String.format(Locale.ROOT, "%3.0f%% %s", fraction * 100, message));
                        last = message;
                    }
                }

                @Override
                public boolean cancelled() {
                    return false;
                }
            });
        } finally {
            Arrays.fill(pw, '\0');
        }
        try (var s = c.session()) {
            out.println("Created the demo workspace for " + c.data().company().name() + " in " + s.folder());
            out.println("People (user ID, role):");
            for (DemoPerson p : c.data().people()) {
                out.println("  " + p.userId().value() + "  " + p.fullName() + ", " + p.jobTitle() + " ("
                        + p.role().name().toLowerCase(Locale.ROOT) + ")");
            }
            out.println("Recovery key: " + c.recoveryKey());
            out.println("Sign in as admin with the password given. The data is fictional.");
        }
        return 0;
    }
}
