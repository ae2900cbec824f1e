package org.compliancebridge.domain.gap;

import org.compliancebridge.domain.landscape.Relationship;

/**
 * A linked requirement a result could be carried over to. {@code relationship} reads "source is ... of target"
 * (equal or superset: meeting the source means meeting the target). {@code current} is the target's assessment now.
 */
public record CarryOverCandidate(AssessmentKey target, String frameworkName, String title, Relationship relationship,
        Assessment current) {
}
