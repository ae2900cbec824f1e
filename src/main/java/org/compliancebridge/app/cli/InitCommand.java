package org.compliancebridge.app.cli;

import java.nio.file.Path;
import java.util.Arrays;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.service.WorkspaceService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Creates a new encrypted workspace with you as its first administrator and prints the"
                + " recovery key (shown only once: keep it safe).")
final class InitCommand extends CliCommand {
    @Option(names = "--org", required = true, paramLabel = "NAME", description = "Organisation name.")
    String org;

    @Option(names = "--name", required = true, paramLabel = "FULL NAME", description = "Your printed full name.")
    String fullName;

    @Override
    public Integer call() {
        char[] pw = readSecret(passwordFile, "New password for " + user + ": ");
        Path dir = workspace;
        WorkspaceService.Created created = services.workspaces().create(dir, org, UserId.of(user), fullName, pw);
        Arrays.fill(pw, '\0');
        try (var session = created.session()) {
            out.println("Created workspace for " + org + " in " + session.folder());
            out.println("Administrator: " + session.account().userId() + " (" + session.account().fullName() + ")");
            out.println("Recovery key: " + created.recoveryKey());
            out.println("Store the recovery key somewhere safe and offline. It is shown only this once and opens the"
                    + " workspace if every password is lost.");
        }
        return 0;
    }
}
