package org.compliancebridge.service;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.compliancebridge.domain.ElectronicSignature;

/** A signature as it stands now: valid, or why not; and its manifestation (21 CFR 11.50) for display and print. */
public record SignatureStatus(ElectronicSignature signature, State state, String explanation) {
    public enum State { VALID, RECORD_CHANGED, INVALID }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z (xxx)",
            Locale.ROOT);

    public boolean valid() {
        return state == State.VALID;
    }

    /** "Alice Admin (alice) — Approved — 2026-11-22 14:03:07 CET (+01:00)": name, meaning, date and time with zone. */
    public String manifestation() {
        ElectronicSignature s = signature;
        return s.signerName() + " (" + s.signerId() + ") — " + s.meaning() + " — "
                + WHEN.format(s.signedAt().atZone(ZoneId.of(s.zoneId())));
    }
}
