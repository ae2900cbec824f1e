package org.compliancebridge.app;

import java.time.Clock;
import java.time.ZoneId;
import org.compliancebridge.domain.KdfParams;
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

    public AppServices(KdfParams kdf, ScryptCost keyCost, Clock clock, LoginThrottle.Sleeper sleeper) {
        this.policy = PasswordPolicy.bundled();
        this.sleeper = sleeper;
        this.signing = new BcSigningKeys(new java.security.SecureRandom(), keyCost);
        this.workspaces = new WorkspaceService(new H2DatabaseOpener(), new JsonWorkspaceFiles(),
                new Argon2KeyProtection(), policy, kdf, clock, ZoneId::systemDefault, sleeper, signing);
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
