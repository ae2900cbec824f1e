package org.compliancebridge.domain.landscape;

import java.time.Instant;
import org.compliancebridge.domain.UserId;

/**
 * The confirmed decision for one framework, stored with the proposal it was confirmed against. A decision that
 * departs from the proposal carries the user's justification.
 */
public record FrameworkDecision(String frameworkId, boolean applicable, ProposalLevel proposalLevel,
        String proposalReason, String justification, Instant decidedAt, UserId decidedBy) {

    /** Whether the user overrode the app's proposal. */
    public boolean overridesProposal() {
        return applicable != proposalLevel.selectedByDefault();
    }
}
