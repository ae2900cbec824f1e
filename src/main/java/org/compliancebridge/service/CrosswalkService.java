package org.compliancebridge.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.compliancebridge.domain.AuditDraft;
import org.compliancebridge.domain.AuditEventType;
import org.compliancebridge.domain.InvalidInputException;
import org.compliancebridge.domain.landscape.CatalogueItem;
import org.compliancebridge.domain.landscape.Confidence;
import org.compliancebridge.domain.landscape.CoverageStatus;
import org.compliancebridge.domain.landscape.CrosswalkLink;
import org.compliancebridge.domain.landscape.CrosswalkMapping;
import org.compliancebridge.domain.landscape.ItemCoverage;
import org.compliancebridge.domain.landscape.ItemRef;
import org.compliancebridge.domain.landscape.Origin;
import org.compliancebridge.domain.landscape.Relationship;
import org.compliancebridge.domain.port.Transaction;

/**
 * The crosswalk of a workspace: reading links in both directions, coverage of one framework by another, and the
 * user's changes (add, change, retire), each audited with old and new value and a mandatory reason. Links are never
 * deleted; a retired link stays, inactive.
 */
public final class CrosswalkService {
    public static final String PART11 = "cfr-part11";
    public static final String ANNEX11 = "eu-gmp-annex11-2011";
    public static final String ISO27001 = "iso27001-2022";
    private static final int MAX_RATIONALE = 2000;
    private final Session session;

    public CrosswalkService(Session session) {
        this.session = session;
    }

    public List<CrosswalkLink> activeLinks() {
        return session.writes().read(tx -> tx.crosswalk().active());
    }

    public List<CrosswalkLink> allLinks() {
        return session.writes().read(tx -> tx.crosswalk().all());
    }

    /** Active links where {@code item} is the source or the target. */
    public static List<CrosswalkLink> linksOf(List<CrosswalkLink> links, ItemRef item) {
        List<CrosswalkLink> out = new ArrayList<>();
        for (CrosswalkLink l : links) {
            if (l.active() && (l.mapping().source().equals(item) || item.equals(l.mapping().target()))) {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * Coverage of every assessable item of {@code sourceFramework} by {@code targetFramework}: covered (an active link
     * to it), justified as having no counterpart (an active {@code none} link), or a gap.
     */
    public static List<ItemCoverage> coverage(List<CatalogueItem> sourceItems, List<CrosswalkLink> links,
            String targetFramework) {
        Map<String, List<CrosswalkLink>> bySource = new LinkedHashMap<>();
        for (CrosswalkLink l : links) {
            if (l.active()) {
                bySource.computeIfAbsent(l.mapping().sourceFramework() + "\u0000" + l.mapping().sourceId(),
                        k -> new ArrayList<>()).add(l);
            }
        }
        List<ItemCoverage> out = new ArrayList<>();
        for (CatalogueItem it : sourceItems) {
            if (!it.assessable()) {
                continue;
            }
            List<CrosswalkLink> mine = bySource.getOrDefault(it.frameworkId() + "\u0000" + it.itemId(), List.of());
            List<CrosswalkLink> toTarget = mine.stream().filter(l -> l.mapping().targetFramework()
                    .equals(targetFramework)).toList();
            List<CrosswalkLink> none = mine.stream().filter(l -> l.mapping().relationship() == Relationship.NONE)
                    .toList();
            if (!toTarget.isEmpty()) {
                out.add(new ItemCoverage(it, CoverageStatus.COVERED, toTarget));
            } else if (!none.isEmpty()) {
                out.add(new ItemCoverage(it, CoverageStatus.NO_COUNTERPART, none));
            } else {
                out.add(new ItemCoverage(it, CoverageStatus.GAP, List.of()));
            }
        }
        return out;
    }

    /** Adds a link (or a justified "no counterpart" entry); {@code reason} is recorded in the audit trail. */
    public CrosswalkLink add(CrosswalkMapping mapping, String reason) {
        String why = requireReason(reason);
        CrosswalkMapping m = checked(mapping);
        return session.writes().write(session.actor(), ctx -> {
            Transaction tx = ctx.tx();
            requireExists(tx, m.source());
            if (m.target() != null) {
                requireExists(tx, m.target());
            }
            for (CrosswalkLink l : tx.crosswalk().active()) {
                if (l.mapping().key().equals(m.key())) {
                    throw new InvalidInputException("This link exists already (" + describeShort(m) + "). Change it"
                            + " instead of adding it again.");
                }
            }
            Instant now = session.clock().instant();
            var me = session.account().userId();
            CrosswalkLink link = new CrosswalkLink(UUID.randomUUID(), m, Origin.USER, null, true, true, now, me, now,
                    me);
            tx.crosswalk().insert(List.of(link));
            ctx.record(AuditDraft.of(AuditEventType.CROSSWALK_LINK_ADDED, "CROSSWALK_LINK", link.linkId().toString(),
                    null, describe(link)).withReason(why));
            return link;
        });
    }

    /** Changes relationship, confidence and rationale of an active link. */
    public CrosswalkLink change(UUID linkId, Relationship relationship, Confidence confidence, String rationale,
            String reason) {
        String why = requireReason(reason);
        return session.writes().write(session.actor(), ctx -> {
            CrosswalkLink before = activeLink(ctx.tx(), linkId);
            CrosswalkMapping old = before.mapping();
            if ((relationship == Relationship.NONE) != (old.relationship() == Relationship.NONE)) {
                throw new InvalidInputException("A link to an item cannot become a 'no counterpart' justification (or"
                        + " the reverse). Retire it and add the other kind.");
            }
            CrosswalkMapping m = checked(new CrosswalkMapping(old.sourceFramework(), old.sourceId(),
                    old.targetFramework(), old.targetId(), relationship, confidence, rationale));
            if (m.equals(old)) {
                throw new InvalidInputException("Nothing was changed.");
            }
            CrosswalkLink after = before.withMapping(m, session.clock().instant(), session.account().userId());
            ctx.tx().crosswalk().update(after);
            ctx.record(AuditDraft.of(AuditEventType.CROSSWALK_LINK_CHANGED, "CROSSWALK_LINK", linkId.toString(),
                    describe(before), describe(after)).withReason(why));
            return after;
        });
    }

    /** Retires an active link (it stays in the workspace, inactive). */
    public CrosswalkLink retire(UUID linkId, String reason) {
        String why = requireReason(reason);
        return session.writes().write(session.actor(), ctx -> {
            CrosswalkLink before = activeLink(ctx.tx(), linkId);
            CrosswalkLink after = before.retired(session.clock().instant(), session.account().userId());
            ctx.tx().crosswalk().update(after);
            ctx.record(AuditDraft.of(AuditEventType.CROSSWALK_LINK_RETIRED, "CROSSWALK_LINK", linkId.toString(),
                    describe(before), describe(after)).withReason(why));
            return after;
        });
    }

    private static CrosswalkLink activeLink(Transaction tx, UUID id) {
        Optional<CrosswalkLink> l = tx.crosswalk().find(id);
        if (l.isEmpty() || !l.get().active()) {
            throw new InvalidInputException("This link no longer exists or was retired meanwhile. Reload the"
                    + " crosswalk.");
        }
        return l.get();
    }

    private static CrosswalkMapping checked(CrosswalkMapping m) {
        String rationale = m.rationale().strip();
        if (rationale.isEmpty()) {
            throw new InvalidInputException("Write a one-sentence rationale: why the items relate this way (or why"
                    + " there is no counterpart).");
        }
        if (rationale.length() > MAX_RATIONALE) {
            throw new InvalidInputException("The rationale can have at most " + MAX_RATIONALE + " characters.");
        }
        if (m.relationship() == Relationship.NONE) {
            return new CrosswalkMapping(m.sourceFramework(), m.sourceId(), "", "", Relationship.NONE, m.confidence(),
                    rationale);
        }
        if (m.targetFramework().isBlank() || m.targetId().isBlank()) {
            throw new InvalidInputException("Choose the target item of the link.");
        }
        if (m.targetFramework().equals(m.sourceFramework())) {
            throw new InvalidInputException("A crosswalk link joins items of two different frameworks.");
        }
        return new CrosswalkMapping(m.sourceFramework(), m.sourceId(), m.targetFramework(), m.targetId(),
                m.relationship(), m.confidence(), rationale);
    }

    private static void requireExists(Transaction tx, ItemRef ref) {
        if (!tx.catalogues().exists(ref)) {
            throw new InvalidInputException("There is no item " + ref.itemId() + " in the catalogue "
                    + ref.frameworkId() + ".");
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("Give the reason for this crosswalk change; it is recorded in the audit"
                    + " trail.");
        }
        return reason.strip();
    }

    static String describeShort(CrosswalkMapping m) {
        return m.sourceFramework() + " " + m.sourceId() + (m.relationship() == Relationship.NONE ? " has no"
                + " counterpart" : " " + m.relationship().code() + " " + m.targetFramework() + " " + m.targetId());
    }

    static String describe(CrosswalkLink l) {
        CrosswalkMapping m = l.mapping();
        return AuditValues.json(AuditValues.of("sourceFramework", m.sourceFramework(), "sourceId", m.sourceId(),
                "targetFramework", m.targetFramework(), "targetId", m.targetId(), "relationship",
                m.relationship().code(), "confidence", m.confidence().code(), "rationale", m.rationale(), "active",
                l.active(), "origin", l.origin().name()));
    }
}
