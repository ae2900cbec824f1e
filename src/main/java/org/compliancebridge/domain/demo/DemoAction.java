package org.compliancebridge.domain.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.gap.ActionStatus;
import org.compliancebridge.domain.gap.Priority;

/**
 * One action of the demo action plan. Done and verified actions carry closure evidence; verified ones name a
 * verifier other than the owner.
 */
public record DemoAction(String reference, String title, String description, UserId owner, int dueInDays,
        Priority priority, ActionStatus status, String closureEvidence, Optional<UserId> verifiedBy,
        List<DemoGap> gaps, UserId createdBy) {
    public DemoAction {
        Objects.requireNonNull(reference);
        Objects.requireNonNull(title);
        Objects.requireNonNull(owner);
        Objects.requireNonNull(priority);
        Objects.requireNonNull(status);
        Objects.requireNonNull(createdBy);
        description = description == null ? "" : description;
        closureEvidence = closureEvidence == null ? "" : closureEvidence;
        verifiedBy = verifiedBy == null ? Optional.empty() : verifiedBy;
        gaps = List.copyOf(gaps);
    }

    /** The due date when the demo is created on {@code createdOn}. */
    public LocalDate due(LocalDate createdOn) {
        return createdOn.plusDays(dueInDays);
    }

    /** Open or in progress and already past its due date on the day the demo is created. */
    public boolean overdueAtCreation() {
        return !status.isClosed() && dueInDays < 0;
    }
}
