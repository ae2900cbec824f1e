package org.compliancebridge.ui.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.compliancebridge.domain.AuditEntry;

/** One row of the audit trail table; a placeholder while its page loads. */
public record AuditRow(long seq, String time, String user, String event, String record, String oldValue,
        String newValue, String reason, String hash, String prevHash, boolean loaded) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT);

    public static AuditRow of(AuditEntry e) {
        return new AuditRow(e.seq(), WHEN.format(e.occurredAt().atZone(ZoneId.of(e.zoneId()))), e.userId(),
                e.eventType(), e.recordType() + (e.recordId() == null ? "" : " / " + e.recordId()),
                e.oldValue() == null ? "" : e.oldValue(), e.newValue() == null ? "" : e.newValue(),
                e.reason() == null ? "" : e.reason(), e.hash().hex(), e.prevHash().hex(), true);
    }

    public static AuditRow loading(int index) {
        return new AuditRow(-1, "loading…", "", "", "", "", "", "", "", "", false);
    }
}
