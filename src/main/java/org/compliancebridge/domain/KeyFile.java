package org.compliancebridge.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The small file beside the database that holds the workspace key, wrapped once per account and once for recovery. */
public record KeyFile(int formatVersion, UUID workspaceId, List<KeySlot> slots) {
    public static final int FORMAT_VERSION = 1;

    public KeyFile {
        slots = List.copyOf(slots);
    }

    public Optional<KeySlot> slotFor(UserId user) {
        return slots.stream().filter(s -> s.kind() == KeySlot.Kind.USER && s.userId().equals(Optional.of(user)))
                .findFirst();
    }

    public Optional<KeySlot> recoverySlot() {
        return slots.stream().filter(s -> s.kind() == KeySlot.Kind.RECOVERY).findFirst();
    }

    /** A copy with the user's slot replaced (or added). */
    public KeyFile withUserSlot(UserId user, WrappedKey key) {
        List<KeySlot> next = new ArrayList<>(withoutUserSlot(user).slots());
        next.add(KeySlot.forUser(user, key));
        return new KeyFile(formatVersion, workspaceId, next);
    }

    public KeyFile withoutUserSlot(UserId user) {
        List<KeySlot> next = new ArrayList<>(slots);
        next.removeIf(s -> s.kind() == KeySlot.Kind.USER && s.userId().equals(Optional.of(user)));
        return new KeyFile(formatVersion, workspaceId, next);
    }
}
