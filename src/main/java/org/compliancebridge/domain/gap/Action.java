package org.compliancebridge.domain.gap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.compliancebridge.domain.UserId;

/**
 * One action of the action plan, linked to one or more gaps. {@code reference} is the human identifier
 * ("ACT-007"), never reused. The owner is an account of the workspace: verification must be done by someone else.
 */
public record Action(UUID actionId, String reference, String title, String description, UserId owner, LocalDate due,
        Priority priority, ActionStatus status, String closureEvidence, List<AssessmentKey> gaps, Instant createdAt,
        UserId createdBy, Instant changedAt, UserId changedBy, Optional<UserId> verifiedBy,
        Optional<Instant> verifiedAt, long version) {

    public Action {
        Objects.requireNonNull(actionId);
        Objects.requireNonNull(reference);
        Objects.requireNonNull(owner);
        Objects.requireNonNull(due);
        Objects.requireNonNull(priority);
        Objects.requireNonNull(status);
        description = description == null ? "" : description;
        closureEvidence = closureEvidence == null ? "" : closureEvidence;
        gaps = List.copyOf(gaps);
        verifiedBy = verifiedBy == null ? Optional.empty() : verifiedBy;
        verifiedAt = verifiedAt == null ? Optional.empty() : verifiedAt;
    }

    /** Open or in progress past its due date. */
    public boolean overdue(LocalDate today) {
        return !status.isClosed() && due.isBefore(today);
    }
}
