package org.compliancebridge.app.cli;

import java.nio.file.Path;
import java.util.Arrays;
import org.compliancebridge.domain.Account;
import org.compliancebridge.domain.Role;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.service.AccountService;
import org.compliancebridge.service.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "user", mixinStandardHelpOptions = true, description = "Manages accounts.",
        subcommands = {UserCommand.Add.class, UserCommand.Deactivate.class, UserCommand.Passwd.class})
final class UserCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Adds an account (administrators only). The new person must change the initial password"
                    + " at first sign-in in the desktop app.")
    static final class Add extends CliCommand {
        @Option(names = "--new-user", required = true, paramLabel = "ID", description = "The new user ID.")
        String newUser;

        @Option(names = "--name", required = true, paramLabel = "FULL NAME", description = "Printed full name.")
        String fullName;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "administrator, contributor or approver.")
        String role;

        @Option(names = "--new-password-file", paramLabel = "F2",
                description = "File whose first line is the new account's initial password.")
        Path newPasswordFile;

        @Override
        public Integer call() {
            UserId id = UserId.of(newUser);
            Role r = Role.parse(role);
            try (Session s = signIn()) {
                char[] initial = readSecret(newPasswordFile, "Initial password for " + id + ": ");
                Account a = new AccountService(s).addAccount(id, fullName, r, initial);
                Arrays.fill(initial, '\0');
                out.println("Added " + a.userId() + " (" + a.fullName() + ", " + a.role().cliName() + ")");
            }
            return 0;
        }
    }

    @Command(name = "deactivate", mixinStandardHelpOptions = true,
            description = "Deactivates an account (administrators only). The account and its history are kept;"
                    + " its user ID is never reused.")
    static final class Deactivate extends CliCommand {
        @Option(names = "--target-user", required = true, paramLabel = "ID", description = "Account to deactivate.")
        String target;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why (recorded in the"
                + " audit trail).")
        String reason;

        @Override
        public Integer call() {
            try (Session s = signIn()) {
                Account a = new AccountService(s).deactivate(UserId.of(target), reason);
                out.println("Deactivated " + a.userId() + " (" + a.fullName() + ")");
            }
            return 0;
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true, description = "Changes your own password.")
    static final class Passwd extends CliCommand {
        @Option(names = "--new-password-file", paramLabel = "F2",
                description = "File whose first line is your new password.")
        Path newPasswordFile;

        @Override
        public Integer call() {
            char[] current = password();
            try (Session s = services.workspaces().open(workspace, userId(), current)) {
                char[] next = readSecret(newPasswordFile, "New password for " + user + ": ");
                new AccountService(s).changeOwnPassword(current, next);
                Arrays.fill(next, '\0');
                out.println("Password changed for " + s.account().userId());
            }
            Arrays.fill(current, '\0');
            return 0;
        }
    }
}
