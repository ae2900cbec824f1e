package org.compliancebridge.ui.shell;

import java.util.Optional;
import org.compliancebridge.service.Session;

/** The outcome of the welcome screen: a signed-in session, and the recovery key if the workspace is new. */
public record SignedIn(Session session, Optional<String> recoveryKey) {
}
