package org.compliancebridge.domain;

import java.util.Optional;

/** One wrapped copy of the workspace key: for one user account, or for the recovery key. */
public record KeySlot(Kind kind, Optional<UserId> userId, WrappedKey wrappedKey) {
    public enum Kind { USER, RECOVERY }

    public static KeySlot forUser(UserId id, WrappedKey key) {
        return new KeySlot(Kind.USER, Optional.of(id), key);
    }

    public static KeySlot recovery(WrappedKey key) {
        return new KeySlot(Kind.RECOVERY, Optional.empty(), key);
    }

    /** The authenticated context of this slot's wrapping: binds it to workspace, kind and user. */
    public static String context(java.util.UUID workspaceId, Kind kind, Optional<UserId> userId) {
        return "compliancebridge/keyslot/v1\n" + workspaceId + "\n" + kind + "\n" + userId.map(UserId::value).orElse("");
    }

    public String context(java.util.UUID workspaceId) {
        return context(workspaceId, kind, userId);
    }
}
