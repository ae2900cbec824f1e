package org.compliancebridge.domain.gap;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the {@code Matrix} sheet: a requirement in one scope. {@code rowKey} ({@link AssessmentKey#encoded()}),
 * {@code rowVersion} (the assessment's version when exported) and {@code rowToken} (a MAC over key, version and the
 * export ID, so edited keys are detected) are written into hidden columns after {@code Signature}.
 */
public record MatrixRow(String framework, String id, String title, String requirement, String linkedControls,
        String scope, String status, String evidence, String owner, String priority, Optional<LocalDate> due,
        String notes, String lastChangedBy, String lastChangedAt, String signature, String rowKey, long rowVersion,
        String rowToken) {

    public MatrixRow {
        Objects.requireNonNull(rowKey);
        Objects.requireNonNull(rowToken);
        due = due == null ? Optional.empty() : due;
    }

    /** The visible cell text of a column (dates as ISO yyyy-MM-dd). */
    public String text(MatrixColumn c) {
        return switch (c) {
            case FRAMEWORK -> framework;
            case ID -> id;
            case TITLE -> title;
            case REQUIREMENT -> requirement;
            case LINKED_CONTROLS -> linkedControls;
            case SCOPE -> scope;
            case STATUS -> status;
            case EVIDENCE -> evidence;
            case OWNER -> owner;
            case PRIORITY -> priority;
            case DUE -> due.map(LocalDate::toString).orElse("");
            case NOTES -> notes;
            case LAST_CHANGED_BY -> lastChangedBy;
            case LAST_CHANGED_AT -> lastChangedAt;
            case SIGNATURE -> signature;
        };
    }
}
