package org.compliancebridge.app.cli;

import org.compliancebridge.domain.Account;
import org.compliancebridge.domain.WorkspaceInfo;
import org.compliancebridge.service.Session;
import picocli.CommandLine.Command;

@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Prints the organisation, accounts, schema version and number of audit entries.")
final class InfoCommand extends CliCommand {
    @Override
    public Integer call() {
        try (Session s = signIn()) {
            WorkspaceInfo info = s.info();
            out.println("Organisation:   " + info.organisationName());
            out.println("Workspace:      " + s.folder() + " (id " + info.workspaceId() + ")");
            out.println("Created:        " + info.createdAt() + " by " + info.createdBy());
            out.println("Schema version: " + s.schemaVersion());
            out.println("Audit entries:  " + s.auditEntryCount());
            out.println("Accounts:");
            for (Account a : s.accounts()) {
                out.printf("  %-16s %-28s %-14s %s%n", a.userId(), a.fullName(), a.role().cliName(),
                        a.active() ? "active" : "deactivated " + a.deactivatedAt().map(Object::toString).orElse(""));
            }
        }
        return 0;
    }
}
