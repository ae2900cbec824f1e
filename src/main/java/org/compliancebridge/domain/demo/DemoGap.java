package org.compliancebridge.domain.demo;

import java.util.Objects;
import org.compliancebridge.domain.landscape.ItemRef;

/** The gap an action addresses: an item in a scope ({@link DemoData#ORGANISATION_SCOPE} or a system name). */
public record DemoGap(ItemRef item, String scope) {
    public DemoGap {
        Objects.requireNonNull(item);
        Objects.requireNonNull(scope);
    }
}
