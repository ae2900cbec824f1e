package org.compliancebridge.domain.gap;

import java.util.List;
import org.compliancebridge.domain.landscape.CatalogueItem;
import org.compliancebridge.domain.landscape.Relationship;

/**
 * One line of the assessment grid: a requirement in a scope with its current assessment, the section it belongs to
 * (for grouping and the heat map) and its crosswalk links read from this item's side.
 */
public record GapRow(CatalogueItem item, String frameworkName, String section, Scope scope, Assessment assessment,
        List<LinkedItem> links, int evidenceFiles) {

    public GapRow {
        links = List.copyOf(links);
    }

    public AssessmentKey key() {
        return assessment.key();
    }

    /** An item linked through the crosswalk; {@code relationship} reads "this item is ... of that item". */
    public record LinkedItem(String frameworkId, String frameworkName, String itemId, String title,
            Relationship relationship) {
        /** "ISO 27001 A.8.15" */
        public String label() {
            return frameworkName + " " + itemId;
        }
    }

    /** "ISO 27001 A.8.15; Annex 11 9" — for the matrix and the grid. */
    public String linkedLabels() {
        StringBuilder b = new StringBuilder();
        for (LinkedItem l : links) {
            if (b.length() > 0) {
                b.append("; ");
            }
            b.append(l.label());
        }
        return b.toString();
    }
}
