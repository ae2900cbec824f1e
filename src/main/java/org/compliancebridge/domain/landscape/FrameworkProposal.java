package org.compliancebridge.domain.landscape;

/** The app's proposal for one framework, with the reason derived from the profile. */
public record FrameworkProposal(String frameworkId, ProposalLevel level, String reason) {
    public boolean proposed() {
        return level.selectedByDefault();
    }
}
