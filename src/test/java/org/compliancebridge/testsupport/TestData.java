package org.compliancebridge.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The shared OSCAL test files (NIST, public domain) that live beside the repository in {@code ../shared}. */
public final class TestData {
    private TestData() {
    }

    /** NIST SP 800-53 rev5 LOW baseline resolved into a catalog: 149 controls. */
    public static Path nistLow() {
        return oscal("NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog.json");
    }

    public static Path oscal(String name) {
        // Worktrees sit one level deeper than the main checkout.
        for (Path base : List.of(Path.of("..", "shared"), Path.of("..", "..", "shared"), Path.of("/work/shared"))) {
            Path p = base.resolve("testdata").resolve("oscal").resolve(name);
            if (Files.exists(p)) {
                return p.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("OSCAL test data " + name + " not found in ../shared/testdata/oscal");
    }
}
