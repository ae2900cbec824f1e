package org.compliancebridge.domain.demo;

import java.util.Objects;

/**
 * The demo's decision for one framework, with its justification (needed where it departs from the app's proposal,
 * given for every framework so the demo shows why).
 */
public record DemoDecision(String frameworkId, boolean applicable, String justification) {
    public DemoDecision {
        Objects.requireNonNull(frameworkId);
        justification = justification == null ? "" : justification;
    }
}
