package org.compliancebridge.domain.gap;

import java.time.Instant;
import java.util.UUID;
import org.compliancebridge.domain.UserId;

/**
 * A file attached as evidence to an assessment. Its bytes are kept inside the encrypted workspace; {@code sha256}
 * is computed when it is attached and printed wherever the file is listed. Removed files stay, inactive.
 */
public record EvidenceFile(UUID fileId, AssessmentKey assessment, String fileName, long size, String sha256,
        Instant addedAt, UserId addedBy, boolean active) {
}
