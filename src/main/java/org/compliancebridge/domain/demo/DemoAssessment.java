package org.compliancebridge.domain.demo;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.gap.AssessmentStatus;
import org.compliancebridge.domain.gap.Priority;
import org.compliancebridge.domain.landscape.ItemRef;

/**
 * One assessment of the demo gap analysis. {@code scope} is {@link DemoData#ORGANISATION_SCOPE} or the name of a
 * {@link DemoSystem}. {@code derivedFrom} names the item (same scope) whose result was carried over through the
 * crosswalk and still awaits a person's review.
 */
public record DemoAssessment(ItemRef item, String scope, AssessmentStatus status, String evidence, String owner,
        Optional<Priority> priority, OptionalInt dueInDays, String notes, Optional<ItemRef> derivedFrom,
        UserId changedBy) {
    public DemoAssessment {
        Objects.requireNonNull(item);
        Objects.requireNonNull(scope);
        Objects.requireNonNull(status);
        Objects.requireNonNull(changedBy);
        evidence = evidence == null ? "" : evidence;
        owner = owner == null ? "" : owner;
        notes = notes == null ? "" : notes;
        priority = priority == null ? Optional.empty() : priority;
        dueInDays = dueInDays == null ? OptionalInt.empty() : dueInDays;
        derivedFrom = derivedFrom == null ? Optional.empty() : derivedFrom;
    }

    public boolean isOrganisationScope() {
        return DemoData.ORGANISATION_SCOPE.equals(scope);
    }

    /** The due date when the demo is created on {@code createdOn}. */
    public Optional<LocalDate> due(LocalDate createdOn) {
        return dueInDays.isPresent() ? Optional.of(createdOn.plusDays(dueInDays.getAsInt())) : Optional.empty();
    }
}
