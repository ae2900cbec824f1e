package org.compliancebridge.app.cli;

import java.nio.file.Path;
import org.compliancebridge.domain.landscape.ProgressMonitor;
import org.compliancebridge.service.LandscapeService;
import org.compliancebridge.service.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Writes deliverable documents.",
        subcommands = {ExportCommand.Landscape.class})
final class ExportCommand {

    @Command(name = "landscape", mixinStandardHelpOptions = true,
            description = "Writes the regulatory landscape document (.docx or .pdf, chosen by the file name).")
    static final class Landscape extends CliCommand {
        @Option(names = "--out", required = true, paramLabel = "FILE.docx|FILE.pdf", description = "Output file.")
        Path outFile;

        @Override
        public Integer call() {
            try (Session s = signIn()) {
                LandscapeService.Exported e = services.landscape(s).landscape().export(outFile, ProgressMonitor.NONE);
                out.println("Wrote " + e.file() + " (" + e.format() + ", revision " + e.revision() + ", " + e.bytes()
                        + " bytes)");
                out.println("SHA-256 " + e.sha256());
            }
            return 0;
        }
    }
}
