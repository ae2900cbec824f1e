package org.compliancebridge.domain.landscape;

import java.util.Objects;

/**
 * One crosswalk row as written in a data file or the CLI: {@code source_framework, source_id, target_framework,
 * target_id, relationship, confidence, rationale}. For {@link Relationship#NONE} the target is empty.
 */
public record CrosswalkMapping(String sourceFramework, String sourceId, String targetFramework, String targetId,
        Relationship relationship, Confidence confidence, String rationale) {
    public CrosswalkMapping {
        Objects.requireNonNull(sourceFramework);
        Objects.requireNonNull(sourceId);
        targetFramework = targetFramework == null ? "" : targetFramework;
        targetId = targetId == null ? "" : targetId;
        Objects.requireNonNull(relationship);
        Objects.requireNonNull(confidence);
        rationale = rationale == null ? "" : rationale;
    }

    public ItemRef source() {
        return new ItemRef(sourceFramework, sourceId);
    }

    /** The target, or null for a NONE justification. */
    public ItemRef target() {
        return relationship == Relationship.NONE ? null : new ItemRef(targetFramework, targetId);
    }

    /** Identity of a mapping within a workspace: source and target (one link per pair). */
    public String key() {
        return sourceFramework + "\u0000" + sourceId + "\u0000" + targetFramework + "\u0000" + targetId;
    }
}
