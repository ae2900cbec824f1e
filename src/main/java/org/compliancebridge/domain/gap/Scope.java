package org.compliancebridge.domain.gap;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What an assessment is about: the whole organisation, or one computerised system of the inventory. {@link #key()} is
 * the stable identifier stored with assessments ("ORG" or the system's UUID); {@link #name()} is what users see.
 */
public record Scope(String key, String name, Optional<UUID> systemId) {
    public static final String ORGANISATION_KEY = "ORG";
    public static final String ORGANISATION_NAME = "Organisation";

    public Scope {
        Objects.requireNonNull(key);
        Objects.requireNonNull(name);
        systemId = systemId == null ? Optional.empty() : systemId;
    }

    public static Scope organisation() {
        return new Scope(ORGANISATION_KEY, ORGANISATION_NAME, Optional.empty());
    }

    public static Scope system(UUID id, String name) {
        return new Scope(id.toString(), name, Optional.of(id));
    }

    public boolean isOrganisation() {
        return systemId.isEmpty();
    }

    @Override
    public String toString() {
        return name;
    }
}
