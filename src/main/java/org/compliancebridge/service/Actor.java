package org.compliancebridge.service;

import java.time.ZoneId;
import org.compliancebridge.domain.UserId;

/** Who performs a change, and the zone their local time is shown in. */
public record Actor(UserId userId, ZoneId zone) {
}
