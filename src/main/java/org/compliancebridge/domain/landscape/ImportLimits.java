package org.compliancebridge.domain.landscape;

/**
 * Explicit limits for parsing a catalogue file, so that a hostile or broken file is refused before it can exhaust
 * memory or time. The defaults admit the full NIST SP 800-53 rev5 catalogue (about 10 MB, 1,200 controls) with a
 * wide margin.
 */
public record ImportLimits(long maxFileBytes, int maxNestingDepth, int maxItems, int maxStringLength,
        int maxIdLength, int maxTitleLength) {
    public static final ImportLimits DEFAULT = new ImportLimits(50L * 1024 * 1024, 64, 20_000, 2_000_000, 200, 2000);
}
