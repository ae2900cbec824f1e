package org.compliancebridge.app;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.compliancebridge.catalog.ClasspathBundledCatalogues;
import org.compliancebridge.catalog.OscalCatalogueReader;
import org.compliancebridge.domain.KdfParams;
import org.compliancebridge.domain.port.BundledCatalogues;
import org.compliancebridge.domain.port.CatalogueReader;
import org.compliancebridge.domain.port.ReportWriter;
import org.compliancebridge.export.DocumentReportWriter;
import org.compliancebridge.service.CatalogueService;
import org.compliancebridge.service.LandscapeServices;
import org.compliancebridge.service.Session;
import org.compliancebridge.service.LoginThrottle;
import org.compliancebridge.service.PasswordPolicy;
import org.compliancebridge.service.WorkspaceService;
import org.compliancebridge.domain.port.SigningKeys;
import org.compliancebridge.sign.Argon2KeyProtection;
import org.compliancebridge.sign.BcSigningKeys;
import org.compliancebridge.sign.ScryptCost;
import org.compliancebridge.store.H2DatabaseOpener;
import org.compliancebridge.store.JsonWorkspaceFiles;

/** Composition root: the one place that knows which adapter implements which port. Wiring by constructor. */
public final class AppServices {
    private final WorkspaceService workspaces;
    private final PasswordPolicy policy;
    private final LoginThrottle.Sleeper sleeper;
    private final SigningKeys signing;
    private final CatalogueReader catalogueReader = new OscalCatalogueReader();
    private final BundledCatalogues bundledCatalogues = new ClasspathBundledCatalogues();
    private final ReportWriter reportWriter = new DocumentReportWriter();
    private final org.compliancebridge.domain.port.MatrixWorkbooks matrixWorkbooks =
            new org.compliancebridge.export.PoiMatrixWorkbooks();

    public AppServices(KdfParams kdf, ScryptCost keyCost, Clock clock, LoginThrottle.Sleeper sleeper) {
        this.policy = PasswordPolicy.bundled();
        this.sleeper = sleeper;
        this.signing = new BcSigningKeys(new java.security.SecureRandom(), keyCost);
        // Every session starts by bringing the bundled catalogues into the workspace (new or upgraded).
        this.workspaces = new WorkspaceService(new H2DatabaseOpener(), new JsonWorkspaceFiles(),
                new Argon2KeyProtection(), policy, kdf, clock, ZoneId::systemDefault, sleeper, signing,
                List.of(session -> new CatalogueService(session, catalogueReader, bundledCatalogues).ensureBundled()));
    }

    public CatalogueReader catalogueReader() {
        return catalogueReader;
    }

    public BundledCatalogues bundledCatalogues() {
        return bundledCatalogues;
    }

    public ReportWriter reportWriter() {
        return reportWriter;
    }

    /** Step 1's services for a signed-in session. */
    public LandscapeServices landscape(Session session) {
        return new LandscapeServices(session, catalogueReader, bundledCatalogues, reportWriter);
    }

    /** Step 2's services on top of step 1's for the same session (share their catalogue index). */
    public org.compliancebridge.service.GapServices gap(LandscapeServices landscape) {
        return new org.compliancebridge.service.GapServices(landscape, matrixWorkbooks);
    }

    public org.compliancebridge.domain.port.MatrixWorkbooks matrixWorkbooks() {
        return matrixWorkbooks;
    }

    /** Creates the demo workspace (fictional company, half-done gap analysis) through the normal services. */
    public org.compliancebridge.service.DemoService demo() {
        return new org.compliancebridge.service.DemoService(workspaces,
                new org.compliancebridge.catalog.BundledDemoData(), s -> gap(landscape(s)));
    }

    /** Cheap key-derivation costs (still real Argon2id and scrypt) for tests. */
    public static AppServices forTests(Clock clock) {
        return new AppServices(KdfParams.TEST, ScryptCost.FOR_TESTS, clock, d -> { });
    }

    public SigningKeys signing() {
        return signing;
    }

    public PasswordPolicy passwordPolicy() {
        return policy;
    }

    public LoginThrottle.Sleeper sleeper() {
        return sleeper;
    }

    /** Production wiring: production Argon2id cost, system clock, real delays. */
    public static AppServices production() {
        return new AppServices(KdfParams.PRODUCTION, ScryptCost.PRODUCTION, Clock.systemUTC(),
                LoginThrottle.REAL_SLEEP);
    }

    public WorkspaceService workspaces() {
        return workspaces;
    }
}
