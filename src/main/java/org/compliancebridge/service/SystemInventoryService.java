package org.compliancebridge.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.compliancebridge.domain.AuditDraft;
import org.compliancebridge.domain.AuditEventType;
import org.compliancebridge.domain.InvalidInputException;
import org.compliancebridge.domain.landscape.ComputerisedSystem;
import org.compliancebridge.domain.landscape.SystemDraft;
import org.compliancebridge.domain.port.Transaction;

/**
 * The computerised-system inventory (Annex 11 §4.3: an up-to-date listing of all relevant systems and their GMP
 * functionality). Adding is audited; changing and retiring need a reason. Systems are never deleted.
 */
public final class SystemInventoryService {
    public static final String RECORD_TYPE = "COMPUTERISED_SYSTEM";
    private final Session session;

    public SystemInventoryService(Session session) {
        this.session = session;
    }

    /** All systems, active first, by name. */
    public List<ComputerisedSystem> systems() {
        return session.writes().read(tx -> tx.systems().all());
    }

    public List<ComputerisedSystem> activeSystems() {
        return systems().stream().filter(ComputerisedSystem::active).toList();
    }

    public ComputerisedSystem add(SystemDraft draft) {
        SystemDraft d = validated(draft);
        return session.writes().write(session.actor(), ctx -> {
            requireUniqueName(ctx.tx(), d.name(), null);
            Instant now = session.clock().instant();
            var me = session.account().userId();
            ComputerisedSystem s = new ComputerisedSystem(UUID.randomUUID(), d.name(), d.purpose(), d.gxpImpact(),
                    d.part11Relevant(), d.supplier(), d.hosting(), d.owner(), true, now, me, now, me);
            ctx.tx().systems().insert(s);
            ctx.record(AuditDraft.of(AuditEventType.COMPUTERISED_SYSTEM_ADDED, RECORD_TYPE, s.systemId().toString(),
                    null, describe(s)));
            return s;
        });
    }

    public ComputerisedSystem change(UUID systemId, SystemDraft draft, String reason) {
        SystemDraft d = validated(draft);
        String why = requireReason(reason, "changing");
        return session.writes().write(session.actor(), ctx -> {
            ComputerisedSystem before = active(ctx.tx(), systemId);
            requireUniqueName(ctx.tx(), d.name(), systemId);
            ComputerisedSystem after = new ComputerisedSystem(systemId, d.name(), d.purpose(), d.gxpImpact(),
                    d.part11Relevant(), d.supplier(), d.hosting(), d.owner(), true, before.createdAt(),
                    before.createdBy(), session.clock().instant(), session.account().userId());
            if (describe(before).equals(describe(after))) {
                throw new InvalidInputException("Nothing was changed.");
            }
            ctx.tx().systems().update(after);
            ctx.record(AuditDraft.of(AuditEventType.COMPUTERISED_SYSTEM_CHANGED, RECORD_TYPE, systemId.toString(),
                    describe(before), describe(after)).withReason(why));
            return after;
        });
    }

    /** Retires a system (decommissioned or out of scope); it stays in the inventory, marked retired. */
    public ComputerisedSystem retire(UUID systemId, String reason) {
        String why = requireReason(reason, "retiring");
        return session.writes().write(session.actor(), ctx -> {
            ComputerisedSystem b = active(ctx.tx(), systemId);
            ComputerisedSystem after = new ComputerisedSystem(systemId, b.name(), b.purpose(), b.gxpImpact(),
                    b.part11Relevant(), b.supplier(), b.hosting(), b.owner(), false, b.createdAt(), b.createdBy(),
                    session.clock().instant(), session.account().userId());
            ctx.tx().systems().update(after);
            ctx.record(AuditDraft.of(AuditEventType.COMPUTERISED_SYSTEM_RETIRED, RECORD_TYPE, systemId.toString(),
                    describe(b), describe(after)).withReason(why));
            return after;
        });
    }

    private static ComputerisedSystem active(Transaction tx, UUID id) {
        return tx.systems().find(id).filter(ComputerisedSystem::active).orElseThrow(() -> new InvalidInputException(
                "This system no longer exists or was retired meanwhile. Reload the inventory."));
    }

    private static void requireUniqueName(Transaction tx, String name, UUID except) {
        for (ComputerisedSystem s : tx.systems().all()) {
            if (s.active() && !s.systemId().equals(except) && s.name().equalsIgnoreCase(name)) {
                throw new InvalidInputException("A system called '" + s.name() + "' is in the inventory already."
                        + " Use a distinct name (e.g. add the site or version).");
            }
        }
    }

    /** Checks a draft; the first problem is reported with the field it concerns. */
    public static SystemDraft validated(SystemDraft d) {
        String name = WorkspaceService.requireText(d.name(), "system name", 200);
        String purpose = WorkspaceService.requireText(d.purpose(), "purpose of the system", 2000);
        if (d.gxpImpact() == null) {
            throw new InvalidInputException("Choose the GxP impact (high, medium or low).");
        }
        String supplier = WorkspaceService.requireText(d.supplier(), "supplier (or \"in-house\")", 200);
        if (d.hosting() == null) {
            throw new InvalidInputException("Choose the hosting (on-premises or SaaS).");
        }
        String owner = WorkspaceService.requireText(d.owner(), "system owner", 200);
        return new SystemDraft(name, purpose, d.gxpImpact(), d.part11Relevant(), supplier, d.hosting(), owner);
    }

    private static String requireReason(String reason, String what) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("Give the reason for " + what + " the system; it is recorded in the audit"
                    + " trail.");
        }
        return reason.strip();
    }

    static String describe(ComputerisedSystem s) {
        return AuditValues.json(AuditValues.of("name", s.name(), "purpose", s.purpose(), "gxpImpact",
                s.gxpImpact().name(), "part11Relevant", s.part11Relevant(), "supplier", s.supplier(), "hosting",
                s.hosting().name(), "owner", s.owner(), "active", s.active()));
    }
}
