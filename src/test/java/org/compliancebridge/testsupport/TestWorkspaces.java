package org.compliancebridge.testsupport;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.compliancebridge.domain.KdfParams;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.service.LoginThrottle;
import org.compliancebridge.service.PasswordPolicy;
import org.compliancebridge.service.WorkspaceService;
import org.compliancebridge.sign.Argon2KeyProtection;
import org.compliancebridge.store.H2DatabaseOpener;
import org.compliancebridge.store.JsonWorkspaceFiles;

/** Real adapters (encrypted H2, key file, Argon2id) with a cheap KDF cost and recorded instead of real delays. */
public final class TestWorkspaces {
    public static final String ADMIN_PASSWORD = "correct horse battery staple";
    public static final UserId ADMIN = UserId.of("alice");
    public final List<java.time.Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
    public final WorkspaceService service;
    public static final org.compliancebridge.domain.port.SigningKeys SIGNING = new org.compliancebridge.sign
            .BcSigningKeys(new java.security.SecureRandom(), org.compliancebridge.sign.ScryptCost.FOR_TESTS);

    public TestWorkspaces() {
        this.service = new WorkspaceService(new H2DatabaseOpener(), new JsonWorkspaceFiles(),
                new Argon2KeyProtection(), PasswordPolicy.bundled(), KdfParams.TEST, Clock.systemUTC(),
                () -> ZoneId.of("Europe/Berlin"), sleeps::add, SIGNING);
    }

    public WorkspaceService.Created create(Path dir) {
        return service.create(dir, "Acme Devices GmbH", ADMIN, "Alice Admin", ADMIN_PASSWORD.toCharArray());
    }

    public static LoginThrottle.Sleeper noSleep() {
        return d -> { };
    }
}
