package org.compliancebridge.domain.gap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.landscape.ItemRef;

/**
 * The assessment of one requirement in one scope. A requirement without a stored assessment is "Not assessed" at
 * version 0. {@code version} grows by one with every change (the Excel round trip uses it to detect conflicts).
 * {@code derivedFrom} is set when the result was carried over through the crosswalk and a person has not confirmed it
 * yet ("derived from ... — needs review").
 */
public record Assessment(AssessmentKey key, AssessmentStatus status, String evidence, String owner,
        Optional<Priority> priority, Optional<LocalDate> due, String notes, Optional<ItemRef> derivedFrom,
        long version, Optional<Instant> changedAt, Optional<UserId> changedBy) {

    public Assessment {
        Objects.requireNonNull(key);
        Objects.requireNonNull(status);
        evidence = evidence == null ? "" : evidence;
        owner = owner == null ? "" : owner;
        notes = notes == null ? "" : notes;
        priority = priority == null ? Optional.empty() : priority;
        due = due == null ? Optional.empty() : due;
        derivedFrom = derivedFrom == null ? Optional.empty() : derivedFrom;
        changedAt = changedAt == null ? Optional.empty() : changedAt;
        changedBy = changedBy == null ? Optional.empty() : changedBy;
    }

    public static Assessment notAssessed(AssessmentKey key) {
        return new Assessment(key, AssessmentStatus.NOT_ASSESSED, "", "", Optional.empty(), Optional.empty(), "",
                Optional.empty(), 0, Optional.empty(), Optional.empty());
    }

    public boolean needsReview() {
        return derivedFrom.isPresent();
    }

    /** The editable content, for comparing and for building a changed copy. */
    public AssessmentChange content() {
        return new AssessmentChange(status, evidence, owner, priority, due, notes);
    }
}
