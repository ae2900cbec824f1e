package org.compliancebridge.app.cli;

import java.nio.file.Path;
import org.compliancebridge.domain.gap.MatrixImportPreview;
import org.compliancebridge.domain.gap.MatrixImportPreview.CellChange;
import org.compliancebridge.domain.gap.MatrixImportPreview.RowChange;
import org.compliancebridge.domain.landscape.ProgressMonitor;
import org.compliancebridge.service.GapServices;
import org.compliancebridge.service.MatrixService;
import org.compliancebridge.service.Session;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true, description = "Reads returned deliverables back in.",
        subcommands = {ImportCommand.Matrix.class})
final class ImportCommand {

    @Command(name = "matrix", mixinStandardHelpOptions = true,
            description = "Imports a compliance matrix filled in offline. --dry-run prints every change (old -> new)"
                    + " and conflicts without changing anything; --apply applies them in one audited transaction.")
    static final class Matrix extends CliCommand {
        @Parameters(index = "0", paramLabel = "FILE.xlsx", description = "The returned matrix.")
        Path file;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Mode mode;

        @Option(names = "--overwrite-conflicts",
                description = "With --apply: also apply rows that were changed in the app since the export.")
        boolean overwriteConflicts;

        static final class Mode {
            @Option(names = "--dry-run", required = true, description = "Show the changes; change nothing.")
            boolean dryRun;

            @Option(names = "--apply", required = true, description = "Apply the changes.")
            boolean apply;
        }

        @Override
        public Integer call() {
            try (Session s = signIn()) {
                GapServices g = services.gap(services.landscape(s));
                MatrixImportPreview p = g.matrix().preview(file);
                print(p);
                if (mode.apply) {
                    // Progress on stderr (stdout stays the preview and the result), at most every 10%.
                    int[] lastTenth = {0};
                    MatrixService.Applied a = g.matrix().apply(p, overwriteConflicts, new ProgressMonitor() {
                        @Override
                        public void progress(double fraction, String message) {
                            int tenth = (int) (fraction * 10);
                            if (tenth > lastTenth[0]) {
                                lastTenth[0] = tenth;
                                err.println(message);
                            }
                        }

                        @Override
                        public boolean cancelled() {
                            return false;
                        }
                    });
                    out.println("Applied " + a.rowsChanged() + " changed row(s)"
                            + (a.conflictsOverwritten() > 0 ? ", " + a.conflictsOverwritten() + " conflict(s)"
                                    + " overwritten" : "")
                            + (a.conflictsSkipped() > 0 ? "; " + a.conflictsSkipped() + " conflicting row(s) not"
                                    + " applied (use --overwrite-conflicts, or re-export)" : "") + ".");
                } else {
                    out.println("Dry run: nothing was changed. Run again with --apply to apply.");
                }
            }
            return 0;
        }

        private void print(MatrixImportPreview p) {
            out.println("File " + p.file() + " (SHA-256 " + p.sha256() + ")");
            out.println("Export " + p.exportId() + " of " + p.exportedAt() + " by " + p.exportedBy());
            out.println(p.rowsRead() + " rows read, " + p.rowsUnchanged() + " unchanged, " + p.changes().size()
                    + " changed (" + p.cellChanges() + " cells), " + p.conflicts().size() + " conflict(s)");
            for (RowChange r : p.changes()) {
                out.println((r.conflict() ? "CONFLICT " : "") + "row " + r.sheetRow() + " " + r.label()
                        + (r.conflict() ? " (changed in the app since the export: version " + r.exportedVersion()
                                + " -> " + r.currentVersion() + "; app value -> file value)" : ""));
                for (CellChange c : r.cells()) {
                    out.println("  " + c.column().header() + ": " + quote(c.oldValue()) + " -> "
                            + quote(c.newValue()));
                }
            }
            for (String w : p.warnings()) {
                out.println("warning: " + w);
            }
        }

        private static String quote(String s) {
            String one = s.replace("\n", "\\n");
            return "\"" + (one.length() > 200 ? one.substring(0, 200) + "…" : one) + "\"";
        }
    }
}
