package org.compliancebridge.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.compliancebridge.domain.InvalidInputException;
import org.compliancebridge.export.JsonlPortableTrail;
import org.compliancebridge.service.PortableTrailService;
import org.compliancebridge.service.Session;
import org.compliancebridge.sign.BcSigningKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "audit", mixinStandardHelpOptions = true, description = "Portable audit trail for inspectors.",
        subcommands = {AuditCommand.Export.class, AuditCommand.Verify.class})
final class AuditCommand {

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Writes every audit entry with its hashes, the latest signed checkpoint and the"
                    + " certificates needed to check them, sealed by your signature (JSON Lines).")
    static final class Export extends CliCommand {
        @Option(names = "--out", required = true, paramLabel = "FILE.jsonl", description = "Output file.")
        Path outFile;

        @Override
        public Integer call() {
            try (Session s = signIn()) {
                long n = new PortableTrailService(s, new JsonlPortableTrail(services.signing())).export(outFile);
                out.println("Wrote " + n + " audit entries to " + outFile.toAbsolutePath());
                out.println("Check it anywhere with: java -jar compliance-bridge.jar audit verify " + outFile);
            }
            return 0;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Checks a portable audit trail with no workspace and no password. Exit 0: intact;"
                    + " 3: anything in the file was changed, removed, reordered or cut off.")
    static final class Verify implements Callable<Integer>, CliAware {
        @Parameters(paramLabel = "FILE.jsonl", description = "The exported trail.")
        Path file;

        @Option(names = "--trust", paramLabel = "CERT.pem",
                description = "Require the seal to be made with this certificate (as exported from Settings).")
        Path trust;

        private java.io.PrintWriter out;

        @Override
        public void init(java.io.PrintWriter o, java.io.PrintWriter e) {
            this.out = o;
        }

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException("There is no file " + file + ".");
            }
            var signing = new BcSigningKeys();
            Optional<byte[]> trusted = Optional.empty();
            if (trust != null) {
                String pem = Files.readString(trust).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
                trusted = Optional.of(java.util.Base64.getDecoder().decode(pem));
            }
            var verdict = new JsonlPortableTrail(signing).verify(file, trusted);
            verdict.lines().forEach(out::println);
            return verdict.intact() ? 0 : Cli.BROKEN;
        }
    }
}
