package org.compliancebridge.domain.landscape;

import java.time.Instant;
import org.compliancebridge.domain.UserId;

/** A catalogue loaded into a workspace: its metadata and where, when and by whom it was loaded. */
public record Catalogue(CatalogueInfo info, Origin origin, String sourceFile, String sha256, int itemCount,
        Instant importedAt, UserId importedBy) {

    public String frameworkId() {
        return info.frameworkId();
    }

    public String title() {
        return info.title();
    }
}
