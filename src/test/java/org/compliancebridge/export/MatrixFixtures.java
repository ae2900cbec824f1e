package org.compliancebridge.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.compliancebridge.domain.gap.MatrixRow;
import org.compliancebridge.domain.gap.MatrixWorkbook;
import org.compliancebridge.domain.gap.MatrixWorkbook.AboutLine;
import org.compliancebridge.domain.gap.MatrixWorkbook.ActionRow;
import org.compliancebridge.domain.gap.MatrixWorkbook.CrosswalkRow;
import org.compliancebridge.domain.gap.MatrixWorkbook.FrameworkFigures;

/** Matrix workbooks for tests and the benchmark: a small hand-made one and a synthetic one of any size. */
public final class MatrixFixtures {
    public static final Map<String, String> META = Map.of(MatrixWorkbook.META_FORMAT, MatrixWorkbook.FORMAT_VERSION,
            MatrixWorkbook.META_WORKSPACE, "ws-7f3a", MatrixWorkbook.META_EXPORT, "exp-0001",
            MatrixWorkbook.META_EXPORTED_AT, "2026-12-01T13:00:00Z");

    private MatrixFixtures() {
    }

    public static MatrixRow row(String framework, String id, String status, String evidence, String owner,
            String priority, LocalDate due, String notes, long version) {
        String key = framework + "|" + id + "|ORG";
        return new MatrixRow(framework, id, "Title of " + id, "The organisation shall do " + id + ".", "CTL-1; CTL-2",
                "Organisation", status, evidence, owner, priority, Optional.ofNullable(due), notes, "Ana Müller",
                "2026-11-30 10:15", "", key, version, "tok-" + key.hashCode());
    }

    public static MatrixWorkbook small(List<MatrixRow> rows) {
        List<FrameworkFigures> summary = List.of(new FrameworkFigures("21 CFR Part 11", 3, 1, 1, 1, 4),
                new FrameworkFigures("ISO 13485:2016", 10, 2, 0, 3, 20));
        List<CrosswalkRow> crosswalk = List.of(new CrosswalkRow("21 CFR Part 11", "11.10(a)", "equivalent",
                "EU GMP Annex 11", "4.7", "High", "Both require validation of computerised systems."));
        List<ActionRow> actions = List.of(
                new ActionRow("ACT-001", "Validate LIMS", "IQ/OQ/PQ", "Ana Müller", "2026-01-15", "High", "Open",
                        "21 CFR Part 11|11.10(a)|ORG", "", true),
                new ActionRow("ACT-002", "Train staff", "", "Bob", "2027-03-01", "Low", "In progress", "", "", false));
        List<AboutLine> about = List.of(new AboutLine("Organisation", "Acme Pharma GmbH"),
                new AboutLine("Exported by", "Ana Müller"), new AboutLine("How to edit",
                        "Change only the shaded columns (Status ... Notes), then import the file."));
        return new MatrixWorkbook(about, summary, rows, rows.size(), crosswalk, actions, META);
    }

    /** {@code n} rows generated on the fly (the writer must not need them all in memory). */
    public static MatrixWorkbook synthetic(int n) {
        Iterable<MatrixRow> rows = () -> new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public MatrixRow next() {
                int k = i++;
                String fw = k % 3 == 0 ? "21 CFR Part 11" : k % 3 == 1 ? "ISO 13485:2016" : "EU GMP Annex 11";
                String[] st = {"Compliant", "Partially compliant", "Not compliant", "Not applicable", "Not assessed"};
                String key = fw + "|REQ-" + k + "|ORG";
                return new MatrixRow(fw, "REQ-" + k, "Requirement title number " + k,
                        "The manufacturer shall establish and maintain procedures for requirement " + k
                                + ", including documented review and approval by a qualified person.",
                        "CTL-" + (k % 50), "Organisation", st[k % 5], k % 2 == 0 ? "SOP-" + k + " rev. B" : "",
                        k % 7 == 0 ? "" : "Owner " + (k % 40), k % 4 == 0 ? "" : "Medium",
                        k % 3 == 0 ? Optional.of(LocalDate.of(2027, 1, 1).plusDays(k % 365)) : Optional.empty(),
                        k % 5 == 0 ? "Reviewed during audit " + k : "", "user" + (k % 10), "2026-11-30 10:15", "",
                        key, k % 9, "t" + Integer.toHexString(key.hashCode()));
            }
        };
        return new MatrixWorkbook(List.of(new AboutLine("Organisation", "Bench")),
                List.of(new FrameworkFigures("21 CFR Part 11", n / 5, n / 5, n / 5, n / 5, n / 5)), rows, n,
                List.of(), List.of(), META);
    }

    public static Path write(MatrixWorkbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            new PoiMatrixWorkbooks().write(wb, out, () -> false);
        }
        return file;
    }

    public static List<MatrixRow> sampleRows() {
        List<MatrixRow> rows = new ArrayList<>();
        rows.add(row("21 CFR Part 11", "11.10(a)", "Compliant", "VAL-REP-001", "Ana Müller", "High",
                LocalDate.of(2027, 3, 31), "Validated 2026", 3));
        rows.add(row("21 CFR Part 11", "11.10(b)", "Partially compliant", "=1+1", "+SUM(A1)", "Medium", null,
                "-2", 0));
        rows.add(row("ISO 13485:2016", "4.2.4", "Not compliant", "@foo", "Ωmega Ltd 🚀", "",
                LocalDate.of(2026, 12, 24), "=HYPERLINK(\"http://x\")", 12));
        rows.add(row("ISO 13485:2016", "7.5.6", "Not applicable", "", "", "Low", null, "No sterile products", 1));
        return rows;
    }
}
