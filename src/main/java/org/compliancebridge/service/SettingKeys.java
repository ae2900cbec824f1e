package org.compliancebridge.service;

/** Names of workspace settings. */
public final class SettingKeys {
    public static final String LOCK_AFTER_MINUTES = "session.lockAfterMinutes";
    public static final String ALERTS_ACKNOWLEDGED_SEQ = "security.alertsAcknowledgedSeq";
    public static final int DEFAULT_LOCK_AFTER_MINUTES = 15;

    private SettingKeys() {
    }
}
