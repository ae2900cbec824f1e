package org.compliancebridge.domain.landscape;

import java.util.List;
import java.util.Optional;

/**
 * One group or control of a catalogue. {@code itemId} is the identifier as cited (OSCAL {@code label} prop, e.g.
 * {@code 11.10(a)}, {@code A.5.15}, {@code AC-1}; the OSCAL {@code id} when there is no label); it is unique within its
 * framework. {@code parentId} is the enclosing group or control, empty at the top level.
 */
public record CatalogueItem(String frameworkId, String itemId, String oscalId, Optional<String> parentId,
        ItemKind kind, String itemClass, String title, String statement, List<Guidance> guidance, boolean assessable,
        String textKind, String implementation, boolean withdrawn, String sourceUrl, int sortOrder, int depth) {

    public CatalogueItem {
        guidance = List.copyOf(guidance);
        parentId = parentId == null ? Optional.empty() : parentId;
    }

    public ItemRef ref() {
        return new ItemRef(frameworkId, itemId);
    }

    /** Whether the text is quoted verbatim from the source (as opposed to a paraphrase). */
    public boolean quoted() {
        return "quoted".equals(textKind);
    }
}
