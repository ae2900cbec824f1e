package org.compliancebridge.domain.landscape;

import java.util.Objects;

/**
 * What a catalogue says about itself (OSCAL metadata): stable framework ID, title, version, source document, official
 * URL, licence or acknowledgement notice, and whether it is a draft that is not in force.
 */
public record CatalogueInfo(String frameworkId, String title, String version, String lastModified,
        String oscalVersion, String sourceDocument, String officialUrl, String notice, boolean draft) {
    public CatalogueInfo {
        Objects.requireNonNull(frameworkId);
        Objects.requireNonNull(title);
        version = nz(version);
        lastModified = nz(lastModified);
        oscalVersion = nz(oscalVersion);
        sourceDocument = nz(sourceDocument);
        officialUrl = nz(officialUrl);
        notice = nz(notice);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
