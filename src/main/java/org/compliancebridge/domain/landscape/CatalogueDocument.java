package org.compliancebridge.domain.landscape;

import java.util.List;

/** A parsed and validated catalogue file, ready to be stored in one transaction. */
public record CatalogueDocument(CatalogueInfo info, List<CatalogueItem> items) {
    public CatalogueDocument {
        items = List.copyOf(items);
    }

    public long assessableCount() {
        return items.stream().filter(CatalogueItem::assessable).count();
    }
}
