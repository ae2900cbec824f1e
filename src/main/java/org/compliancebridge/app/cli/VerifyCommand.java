package org.compliancebridge.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.compliancebridge.service.Session;
import org.compliancebridge.service.VerificationService;
import org.compliancebridge.store.JsonWorkspaceFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Recomputes the audit chain and compares it with every signed checkpoint (database, checkpoint"
                + " file, and --checkpoint FILE). Exit 0: intact; 3: problems found (one line each).")
final class VerifyCommand extends CliCommand {
    @Option(names = "--checkpoint", paramLabel = "FILE",
            description = "A checkpoint file kept elsewhere (e.g. a copy of audit-checkpoints.jsonl).")
    Path checkpoint;

    @Override
    public Integer call() {
        try (Session s = signIn()) {
            var r = new VerificationService(services.signing(), new JsonWorkspaceFiles()).verify(s,
                    Optional.ofNullable(checkpoint), null, null);
            r.lines().forEach(out::println);
            return r.intact() ? 0 : Cli.BROKEN;
        }
    }
}
