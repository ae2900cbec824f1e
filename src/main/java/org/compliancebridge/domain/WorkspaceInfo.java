package org.compliancebridge.domain;

import java.time.Instant;
import java.util.UUID;

/** The workspace's identity. The workspace ID binds the key file, the audit chain's genesis and checkpoints. */
public record WorkspaceInfo(UUID workspaceId, String organisationName, Instant createdAt, UserId createdBy) {
}
