package org.compliancebridge.domain.landscape;

import java.time.Instant;
import java.util.UUID;
import org.compliancebridge.domain.UserId;

/** One entry of the computerised-system inventory (Annex 11 §4.3). Retired systems stay in the inventory. */
public record ComputerisedSystem(UUID systemId, String name, String purpose, GxpImpact gxpImpact,
        boolean part11Relevant, String supplier, Hosting hosting, String owner, boolean active, Instant createdAt,
        UserId createdBy, Instant updatedAt, UserId updatedBy) {
}
