package org.compliancebridge.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.compliancebridge.domain.report.ReportDocument;
import org.compliancebridge.domain.report.ReportDocument.Block;
import org.compliancebridge.domain.report.ReportDocument.Chart;
import org.compliancebridge.domain.report.ReportDocument.Column;
import org.compliancebridge.domain.report.ReportDocument.Heading;
import org.compliancebridge.domain.report.ReportDocument.Paragraph;
import org.compliancebridge.domain.report.ReportDocument.Row;
import org.compliancebridge.domain.report.ReportDocument.Series;
import org.compliancebridge.domain.report.ReportDocument.Table;

/** A report with two charts (stacked and clustered) after enough text that the second needs its own page. */
final class ChartSamples {
    static final List<String> FRAMEWORKS = List.of("21 CFR Part 11", "EU GMP Annex 11 (2011)", "ISO/IEC 27001:2022",
            "HIPAA Security Rule", "GDPR", "FDA premarket cybersecurity", "IMDRF N60");
    static final Chart STATUS = new Chart("Assessment status per framework", FRAMEWORKS, List.of(
            new Series("Compliant", "2E7D32", List.of(18.0, 12.0, 40.0, 9.0, 14.0, 6.0, 3.0)),
            new Series("Partially compliant", "F9A825", List.of(7.0, 5.0, 12.0, 4.0, 3.0, 5.0, 2.0)),
            new Series("Not compliant", "C62828", List.of(3.0, 2.0, 6.0, 1.0, 2.0, 4.0, 1.0)),
            new Series("Not applicable", "9E9E9E", List.of(4.0, 3.0, 2.0, 0.0, 1.0, 0.0, 0.0)),
            new Series("Not assessed", "BDBDBD", List.of(5.0, 8.0, 33.0, 20.0, 30.0, 22.0, 18.0))), true,
            "Requirements");
    static final Chart ACTIONS = new Chart("Actions per owner", List.of("Quality (Müller)", "IT (Ωmega)", "Lab"),
            List.of(new Series("Open", "1565C0", List.of(3.0, 2.0, 1.0)),
                    new Series("Done", "2E7D32", List.of(1.0, 4.0, 0.0))), false, "Actions");

    private ChartSamples() {
    }

    static ReportDocument document() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, "1 Summary"));
        blocks.add(Paragraph.of("Status of the gap analysis at the time of export."));
        blocks.add(STATUS);
        blocks.add(new Heading(1, "2 Findings"));
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= 38; i++) {
            rows.add(Row.of("11.10(" + (char) ('a' + i % 11) + ")", "Finding " + i, "Partially compliant"));
        }
        blocks.add(new Table(List.of(new Column("Item", 1), new Column("Finding", 3), new Column("Status", 1.5)),
                rows));
        blocks.add(new Heading(2, "2.1 Action plan"));
        blocks.add(ACTIONS);
        blocks.add(Paragraph.note("Charts count requirements, not controls."));
        return new ReportDocument("Gap analysis", "Charts test", "CB-GAP rev. 1", "Test footer", blocks);
    }

    /** Runs a command with a time limit; returns its exit code, or -1 when it did not finish. */
    static int run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve(Path.of(command[0]).getFileName() + ".log").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
