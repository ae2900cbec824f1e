package org.compliancebridge.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Instants are stored as UTC timestamps with microsecond precision. */
final class Times {
    private Times() {
    }

    static OffsetDateTime toDb(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    static Instant fromDb(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
