package org.compliancebridge.domain.landscape;

import java.util.Objects;

/** Names one catalogue item: framework ID and item ID, e.g. {@code cfr-part11 / 11.10(e)}. */
public record ItemRef(String frameworkId, String itemId) {
    public ItemRef {
        Objects.requireNonNull(frameworkId);
        Objects.requireNonNull(itemId);
    }

    @Override
    public String toString() {
        return frameworkId + " " + itemId;
    }
}
