package org.compliancebridge.domain.landscape;

import java.time.Instant;
import java.util.UUID;
import org.compliancebridge.domain.UserId;

/**
 * A crosswalk link held in a workspace. Bundled links are loaded from the documented data files; users add, change
 * and retire links (audited, with a reason). Retired links stay, inactive.
 */
public record CrosswalkLink(UUID linkId, CrosswalkMapping mapping, Origin origin, String bundleFile, boolean active,
        boolean userModified, Instant createdAt, UserId createdBy, Instant changedAt, UserId changedBy) {

    public CrosswalkLink withMapping(CrosswalkMapping m, Instant at, UserId by) {
        return new CrosswalkLink(linkId, m, origin, bundleFile, active, true, createdAt, createdBy, at, by);
    }

    public CrosswalkLink retired(Instant at, UserId by) {
        return new CrosswalkLink(linkId, mapping, origin, bundleFile, false, true, createdAt, createdBy, at, by);
    }
}
