package org.compliancebridge.domain.gap;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The editable fields of an assessment, as a person sets them (grid, workshop, Excel import). Not applicable needs a
 * justification, written in {@code notes}.
 */
public record AssessmentChange(AssessmentStatus status, String evidence, String owner, Optional<Priority> priority,
        Optional<LocalDate> due, String notes) {

    public AssessmentChange {
        evidence = evidence == null ? "" : evidence.strip();
        owner = owner == null ? "" : owner.strip();
        notes = notes == null ? "" : notes.strip();
        priority = priority == null ? Optional.empty() : priority;
        due = due == null ? Optional.empty() : due;
    }

    public AssessmentChange withStatus(AssessmentStatus s) {
        return new AssessmentChange(s, evidence, owner, priority, due, notes);
    }

    public AssessmentChange withNotes(String n) {
        return new AssessmentChange(status, evidence, owner, priority, due, n);
    }
}
