package org.compliancebridge.service;

import java.util.Optional;
import org.compliancebridge.domain.AuditDraft;
import org.compliancebridge.domain.AuditEventType;
import org.compliancebridge.domain.InvalidInputException;
import org.compliancebridge.domain.OrganisationProfile;

/** Reading and changing the organisation profile; every change is audited with old and new values. */
public final class OrganisationService {
    private final Session session;

    public OrganisationService(Session session) {
        this.session = session;
    }

    public OrganisationProfile profile() {
        return session.writes().read(tx -> tx.organisation().get());
    }

    public OrganisationProfile update(String name, Optional<Integer> employees, String sites, String sectors,
            String markets, boolean phi, boolean euData, String reason) {
        String n = WorkspaceService.requireText(name, "organisation name", 200);
        if (employees.isPresent() && (employees.get() < 1 || employees.get() > 1_000_000)) {
            throw new InvalidInputException("Enter the number of employees as a whole number, or leave it empty.");
        }
        return session.writes().write(session.actor(), ctx -> {
            OrganisationProfile before = ctx.tx().organisation().get();
            OrganisationProfile after = new OrganisationProfile(n, employees, nz(sites), nz(sectors), nz(markets), phi,
                    euData, session.clock().instant(), session.account().userId());
            if (java.util.Arrays.equals(before.canonicalContent(), after.canonicalContent())) {
                throw new InvalidInputException("Nothing was changed.");
            }
            ctx.tx().organisation().update(after);
            ctx.record(AuditDraft.of(AuditEventType.ORGANISATION_CHANGED, OrganisationProfile.RECORD_TYPE,
                    OrganisationProfile.RECORD_ID, describe(before), describe(after))
                    .withReason(reason == null || reason.isBlank() ? null : reason.strip()));
            return after;
        });
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }

    static String describe(OrganisationProfile p) {
        return AuditValues.json(AuditValues.of("name", p.name(), "employees", p.employees().orElse(null), "sites",
                p.sites(), "sectors", p.sectors(), "markets", p.markets(), "handlesPhi", p.handlesPhi(),
                "handlesEuPersonalData", p.handlesEuPersonalData()));
    }
}
