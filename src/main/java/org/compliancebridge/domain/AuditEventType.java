package org.compliancebridge.domain;

/** What happened. Stored by name; names are never renamed once released (old entries must still read). */
public enum AuditEventType {
    WORKSPACE_CREATED,
    ORGANISATION_CHANGED,
    ACCOUNT_CREATED,
    ACCOUNT_DEACTIVATED,
    ACCOUNT_REACTIVATED,
    PASSWORD_CHANGED,
    PASSWORD_RESET_WITH_RECOVERY_KEY,
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    SESSION_LOCKED,
    SESSION_UNLOCKED,
    SESSION_ENDED,
    SECURITY_ALERTS_ACKNOWLEDGED,
    SETTING_CHANGED
}
