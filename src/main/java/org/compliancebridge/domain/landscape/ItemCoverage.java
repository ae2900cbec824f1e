package org.compliancebridge.domain.landscape;

import java.util.List;

/** One assessable item with its coverage status towards a target framework and the links that decide it. */
public record ItemCoverage(CatalogueItem item, CoverageStatus status, List<CrosswalkLink> links) {
    public ItemCoverage {
        links = List.copyOf(links);
    }
}
