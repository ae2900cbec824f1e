package org.compliancebridge.domain.gap;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the Excel compliance matrix shows. {@code rows} is iterated once, while writing (it may stream from the
 * database); the other parts are small. {@code meta} goes into a very hidden sheet and comes back on import
 * (workspace ID, export ID, format version, exported at): see {@link ImportedMatrix}.
 */
public record MatrixWorkbook(List<AboutLine> about, List<FrameworkFigures> summary, Iterable<MatrixRow> rows,
        long rowCount, List<CrosswalkRow> crosswalk, List<ActionRow> actions, Map<String, String> meta) {

    public static final String FORMAT_VERSION = "1";
    public static final String META_FORMAT = "format";
    public static final String META_WORKSPACE = "workspace";
    public static final String META_EXPORT = "export";
    public static final String META_EXPORTED_AT = "exportedAt";

    public MatrixWorkbook {
        about = List.copyOf(about);
        summary = List.copyOf(summary);
        Objects.requireNonNull(rows);
        crosswalk = List.copyOf(crosswalk);
        actions = List.copyOf(actions);
        meta = Map.copyOf(meta);
    }

    /** A label/value line of the {@code About} sheet. */
    public record AboutLine(String label, String value) {
    }

    /** Counts per status for one framework (all scopes exported), for the {@code Summary} sheet and its chart. */
    public record FrameworkFigures(String framework, int compliant, int partial, int notCompliant,
            int notApplicable, int notAssessed) {
        public int total() {
            return compliant + partial + notCompliant + notApplicable + notAssessed;
        }

        /** Compliant share of the applicable, assessed requirements (0 when none assessed). */
        public double compliantShare() {
            int assessed = compliant + partial + notCompliant;
            return assessed == 0 ? 0 : (double) compliant / assessed;
        }
    }

    /** One crosswalk link: "source relationship target". */
    public record CrosswalkRow(String sourceFramework, String sourceId, String relationship, String targetFramework,
            String targetId, String confidence, String rationale) {
    }

    public record ActionRow(String reference, String title, String description, String owner, String due,
            String priority, String status, String gaps, String closureEvidence, boolean overdue) {
    }
}
