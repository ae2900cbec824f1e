package org.compliancebridge.domain.gap;

import java.util.Objects;
import org.compliancebridge.domain.InvalidInputException;
import org.compliancebridge.domain.landscape.ItemRef;

/**
 * Identifies one assessment: a requirement (catalogue item) in one scope. {@link #encoded()} is the stable row key
 * written into the Excel matrix and used as the audit record ID: {@code framework|item|scope}.
 */
public record AssessmentKey(ItemRef item, String scopeKey) {
    public AssessmentKey {
        Objects.requireNonNull(item);
        Objects.requireNonNull(scopeKey);
    }

    public String encoded() {
        return item.frameworkId() + "|" + item.itemId() + "|" + scopeKey;
    }

    /** Reads {@link #encoded()}; item IDs may not contain '|', framework IDs and scope keys never do. */
    public static AssessmentKey parse(String s) {
        if (s == null) {
            throw new InvalidInputException("Missing row key.");
        }
        int a = s.indexOf('|');
        int b = s.lastIndexOf('|');
        if (a <= 0 || b <= a + 1 || b == s.length() - 1) {
            throw new InvalidInputException("'" + s + "' is not a row key of a ComplianceBridge matrix.");
        }
        return new AssessmentKey(new ItemRef(s.substring(0, a), s.substring(a + 1, b)), s.substring(b + 1));
    }

    @Override
    public String toString() {
        return encoded();
    }
}
