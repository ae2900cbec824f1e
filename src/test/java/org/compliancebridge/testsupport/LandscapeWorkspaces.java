package org.compliancebridge.testsupport;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.compliancebridge.catalog.ClasspathBundledCatalogues;
import org.compliancebridge.catalog.OscalCatalogueReader;
import org.compliancebridge.domain.KdfParams;
import org.compliancebridge.domain.port.BundledCatalogues;
import org.compliancebridge.domain.port.CatalogueReader;
import org.compliancebridge.export.DocumentReportWriter;
import org.compliancebridge.service.CatalogueService;
import org.compliancebridge.service.LandscapeServices;
import org.compliancebridge.service.PasswordPolicy;
import org.compliancebridge.service.Session;
import org.compliancebridge.service.WorkspaceService;
import org.compliancebridge.sign.Argon2KeyProtection;
import org.compliancebridge.store.H2DatabaseOpener;
import org.compliancebridge.store.JsonWorkspaceFiles;

/** Like {@link TestWorkspaces}, but sessions start the way the app starts them: with the bundled catalogues loaded. */
public final class LandscapeWorkspaces {
    public static final CatalogueReader READER = new OscalCatalogueReader();
    public final BundledCatalogues bundled;
    public final WorkspaceService service;

    public LandscapeWorkspaces() {
        this(new ClasspathBundledCatalogues());
    }

    public LandscapeWorkspaces(BundledCatalogues bundled) {
        this.bundled = bundled;
        this.service = new WorkspaceService(new H2DatabaseOpener(), new JsonWorkspaceFiles(),
                new Argon2KeyProtection(), PasswordPolicy.bundled(), KdfParams.TEST, Clock.systemUTC(),
                () -> ZoneId.of("Europe/Berlin"), d -> { }, TestWorkspaces.SIGNING,
                List.of(s -> new CatalogueService(s, READER, bundled).ensureBundled()));
    }

    public Session create(Path dir) {
        return service.create(dir, "Acme Devices GmbH", TestWorkspaces.ADMIN, "Alice Admin",
                TestWorkspaces.ADMIN_PASSWORD.toCharArray()).session();
    }

    public Session open(Path dir) {
        return service.open(dir, TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD.toCharArray());
    }

    public LandscapeServices services(Session s) {
        return new LandscapeServices(s, READER, bundled, new DocumentReportWriter());
    }
}
