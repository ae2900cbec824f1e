package org.compliancebridge.audit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.compliancebridge.domain.Hash;

/**
 * The result of verifying an audit trail.
 *
 * @param findings       the problems found, ordered by sequence number; empty when the trail is intact
 * @param entriesChecked how many entries were read
 * @param headSeq        the sequence number of the last entry read (0 for an empty trail)
 * @param headHash       the stored hash of the last entry read (the genesis hash for an empty trail)
 * @param newestAnchor   the newest checkpoint the trail agrees with, if any
 */
public record VerificationReport(List<Finding> findings, long entriesChecked, long headSeq, Hash headHash,
        Optional<ChainAnchor> newestAnchor) {

    public VerificationReport {
        findings = List.copyOf(findings);
        Objects.requireNonNull(newestAnchor, "newestAnchor");
    }

    /**
     * Whether no problem was found. This is tamper evidence relative to the newest checkpoint: entries appended after
     * {@link #newestAnchor()} are only as trustworthy as the database itself.
     */
    public boolean intact() {
        return findings.isEmpty();
    }
}
