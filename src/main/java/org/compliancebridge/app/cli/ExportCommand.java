package org.compliancebridge.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.compliancebridge.domain.gap.Scope;
import org.compliancebridge.domain.landscape.ProgressMonitor;
import org.compliancebridge.service.GapReportService;
import org.compliancebridge.service.GapServices;
import org.compliancebridge.service.MatrixService;
import org.compliancebridge.service.LandscapeService;
import org.compliancebridge.service.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Writes deliverable documents.",
        subcommands = {ExportCommand.Landscape.class, ExportCommand.Matrix.class, ExportCommand.GapReport.class})
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

    @Command(name = "matrix", mixinStandardHelpOptions = true,
            description = "Writes the Excel compliance matrix (.xlsx): Summary, Matrix, Crosswalk, Action plan, About.")
    static final class Matrix extends CliCommand {
        @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "Output file.")
        Path outFile;

        @Option(names = "--scope", paramLabel = "NAME",
                description = "Only this scope: \"Organisation\" or a system name (default: every scope).")
        String scope;

        @Override
        public Integer call() {
            try (Session s = signIn()) {
                GapServices g = services.gap(services.landscape(s));
                Optional<Scope> only = scope == null ? Optional.empty() : Optional.of(g.gaps().scope(scope));
                MatrixService.Exported e = g.matrix().export(outFile, only, () -> false);
                out.println("Wrote " + e.file() + " (" + e.rows() + " rows, " + e.bytes() + " bytes)");
                out.println("SHA-256 " + e.sha256());
            }
            return 0;
        }
    }

    @Command(name = "gap-report", mixinStandardHelpOptions = true,
            description = "Writes the gap analysis report (.docx or .pdf, chosen by the file name).")
    static final class GapReport extends CliCommand {
        @Option(names = "--out", required = true, paramLabel = "FILE.docx|FILE.pdf", description = "Output file.")
        Path outFile;

        @Override
        public Integer call() {
            try (Session s = signIn()) {
                GapReportService.Exported e = services.gap(services.landscape(s)).report().export(outFile);
                out.println("Wrote " + e.file() + " (" + e.format() + ", revision " + e.revision() + ", " + e.bytes()
                        + " bytes)");
                out.println("SHA-256 " + e.sha256());
            }
            return 0;
        }
    }
}
