package org.compliancebridge.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.compliancebridge.domain.port.BundledCatalogues;

/**
 * The catalogue and crosswalk files under {@code org/compliancebridge/catalog/data} (documented in
 * docs/catalogues-*.md). Listed explicitly: a class path cannot be listed reliably inside a jar.
 */
public final class ClasspathBundledCatalogues implements BundledCatalogues {
    private static final String DIR = "/org/compliancebridge/catalog/data/";
    /** In the order catalogues are shown: the GxP rules first, then the ISMS backbone, then the others. */
    public static final List<String> CATALOGUES = List.of(
            "cfr-part11.json",
            "eu-gmp-annex11-2011.json",
            "eu-gmp-annex11-2025-draft.json",
            "iso27001-2022.json",
            "nist-csf-2.0.json",
            "hipaa-security-rule.json",
            "gdpr.json",
            "fda-premarket-cybersecurity.json",
            "imdrf-n60.json");
    public static final List<String> CROSSWALKS = List.of("crosswalk-part11-annex11.csv", "crosswalk-isms.csv");

    private volatile List<BundledFile> catalogues;
    private volatile List<BundledFile> crosswalks;

    @Override
    public List<BundledFile> catalogueFiles() {
        if (catalogues == null) {
            catalogues = CATALOGUES.stream().map(ClasspathBundledCatalogues::load).toList();
        }
        return catalogues;
    }

    @Override
    public List<BundledFile> crosswalkFiles() {
        if (crosswalks == null) {
            crosswalks = CROSSWALKS.stream().map(ClasspathBundledCatalogues::load).toList();
        }
        return crosswalks;
    }

    private static BundledFile load(String name) {
        try (InputStream in = ClasspathBundledCatalogues.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("Bundled data file missing from the application: " + name);
            }
            return new BundledFile(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
