package org.compliancebridge.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.compliancebridge.domain.Account;
import org.compliancebridge.domain.AuditDraft;
import org.compliancebridge.domain.AuditEventType;
import org.compliancebridge.domain.Canonical;
import org.compliancebridge.domain.InvalidInputException;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.gap.Action;
import org.compliancebridge.domain.gap.ActionDraft;
import org.compliancebridge.domain.gap.ActionStatus;
import org.compliancebridge.domain.gap.Assessment;
import org.compliancebridge.domain.gap.AssessmentKey;
import org.compliancebridge.domain.port.Transaction;

/**
 * The action plan: actions that close gaps, each with an owner (an account), due date, priority and status. Closing
 * needs closure evidence; verifying must be done by someone other than the owner. Actions are never deleted; every
 * change is audited with old and new values.
 */
public final class ActionService {
    public static final String RECORD_TYPE = "ACTION";
    /** Signable: the whole action plan (record ID {@link #PLAN_ID}). */
    public static final String PLAN_RECORD_TYPE = "ACTION_PLAN";
    public static final String PLAN_ID = "action-plan";

    private final Session session;
    private final GapService gaps;

    public ActionService(Session session, GapService gaps) {
        this.session = session;
        this.gaps = gaps;
    }

    public List<Action> actions() {
        return session.writes().read(tx -> tx.actions().all());
    }

    public Optional<Action> find(UUID id) {
        return session.writes().read(tx -> tx.actions().find(id));
    }

    public LocalDate today() {
        return session.clock().instant().atZone(session.zone()).toLocalDate();
    }

    /** Active accounts, the people an action can be assigned to. */
    public List<Account> owners() {
        return session.accounts().stream().filter(Account::active).toList();
    }

    public Action create(ActionDraft draft) {
        ActionDraft d = validated(draft, List.of());
        return session.writes().write(session.actor(), ctx -> {
            requireOwner(ctx.tx(), d.owner());
            requireGaps(ctx.tx(), d.gaps(), List.of());
            var now = session.clock().instant();
            UserId me = session.account().userId();
            String ref = String.format("ACT-%03d", ctx.tx().actions().highestReferenceNumber() + 1);
            Action a = new Action(UUID.randomUUID(), ref, d.title(), d.description(), d.owner(), d.due(),
                    d.priority(), ActionStatus.OPEN, "", d.gaps(), now, me, now, me, Optional.empty(),
                    Optional.empty(), 1);
            ctx.tx().actions().insert(a);
            ctx.record(AuditDraft.of(AuditEventType.ACTION_CREATED, RECORD_TYPE, ref, null, describe(a)));
            return a;
        });
    }

    /** Changes title, description, owner, due date, priority or linked gaps. */
    public Action change(UUID actionId, ActionDraft draft, long expectedVersion) {
        return session.writes().write(session.actor(), ctx -> {
            Action before = current(ctx.tx(), actionId, expectedVersion);
            ActionDraft d = validated(draft, before.gaps());
            requireOwner(ctx.tx(), d.owner());
            requireGaps(ctx.tx(), d.gaps(), before.gaps());
            Action after = new Action(actionId, before.reference(), d.title(), d.description(), d.owner(), d.due(),
                    d.priority(), before.status(), before.closureEvidence(), d.gaps(), before.createdAt(),
                    before.createdBy(), session.clock().instant(), session.account().userId(), before.verifiedBy(),
                    before.verifiedAt(), before.version() + 1);
            if (describe(before).equals(describe(after))) {
                throw new InvalidInputException("Nothing was changed.");
            }
            ctx.tx().actions().update(after);
            ctx.record(AuditDraft.of(AuditEventType.ACTION_CHANGED, RECORD_TYPE, before.reference(), describe(before),
                    describe(after)));
            return after;
        });
    }

    /**
     * Moves an action along its life cycle. Done needs closure evidence; Verified needs Done first and a person
     * other than the owner; going back from Done or Verified needs a reason.
     */
    public Action changeStatus(UUID actionId, ActionStatus target, String closureEvidence, String reason,
            long expectedVersion) {
        return session.writes().write(session.actor(), ctx -> {
            Action b = current(ctx.tx(), actionId, expectedVersion);
            UserId me = session.account().userId();
            if (b.status() == target) {
                throw new InvalidInputException(b.reference() + " is " + target.label() + " already.");
            }
            String evidence = b.closureEvidence();
            Optional<UserId> verifiedBy = b.verifiedBy();
            Optional<java.time.Instant> verifiedAt = b.verifiedAt();
            String why = reason == null ? "" : reason.strip();
            switch (target) {
                case DONE -> {
                    evidence = closureEvidence == null ? "" : closureEvidence.strip();
                    if (evidence.isEmpty()) {
                        throw new InvalidInputException("Closing " + b.reference() + " needs closure evidence: say"
                                + " what shows the gap is closed (e.g. SOP number and effective date, validation"
                                + " report, screenshot name).");
                    }
                    GapService.requireLength(evidence, "closure evidence", 8000);
                    verifiedBy = Optional.empty();
                    verifiedAt = Optional.empty();
                }
                case VERIFIED -> {
                    if (b.status() != ActionStatus.DONE) {
                        throw new InvalidInputException(b.reference() + " must be Done (with closure evidence) before"
                                + " it can be verified.");
                    }
                    if (b.owner().equals(me)) {
                        throw new InvalidInputException("You own " + b.reference() + ", so you cannot verify it:"
                                + " verification must be done by someone other than the owner.");
                    }
                    verifiedBy = Optional.of(me);
                    verifiedAt = Optional.of(session.clock().instant());
                }
                case OPEN, IN_PROGRESS -> {
                    if (b.status().isClosed() && why.isEmpty()) {
                        throw new InvalidInputException("Give the reason for reopening " + b.reference()
                                + "; it is recorded in the audit trail.");
                    }
                    verifiedBy = Optional.empty();
                    verifiedAt = Optional.empty();
                }
                default -> throw new IllegalStateException();
            }
            Action after = new Action(actionId, b.reference(), b.title(), b.description(), b.owner(), b.due(),
                    b.priority(), target, evidence, b.gaps(), b.createdAt(), b.createdBy(), session.clock().instant(),
                    me, verifiedBy, verifiedAt, b.version() + 1);
            ctx.tx().actions().update(after);
            AuditDraft draft = AuditDraft.of(AuditEventType.ACTION_STATUS_CHANGED, RECORD_TYPE, b.reference(),
                    describe(b), describe(after));
            ctx.record(why.isEmpty() ? draft : draft.withReason(why));
            return after;
        });
    }

    private static Action current(Transaction tx, UUID id, long expectedVersion) {
        Action a = tx.actions().find(id).orElseThrow(() -> new InvalidInputException("This action does not exist."));
        if (a.version() != expectedVersion) {
            throw new InvalidInputException(a.reference() + " was changed meanwhile by " + a.changedBy().value()
                    + ". Reload the action plan and enter your change again.");
        }
        return a;
    }

    private static ActionDraft validated(ActionDraft d, List<AssessmentKey> before) {
        String title = WorkspaceService.requireText(d.title(), "action title", 500);
        GapService.requireLength(d.description(), "description", 8000);
        if (d.owner() == null) {
            throw new InvalidInputException("Choose the owner of the action.");
        }
        if (d.due() == null) {
            throw new InvalidInputException("Enter the due date.");
        }
        if (d.due().getYear() < 2000 || d.due().getYear() > 2100) {
            throw new InvalidInputException("The due date " + d.due() + " is not plausible.");
        }
        if (d.priority() == null) {
            throw new InvalidInputException("Choose the priority (high, medium or low).");
        }
        Set<AssessmentKey> unique = new LinkedHashSet<>(d.gaps());
        if (unique.isEmpty()) {
            throw new InvalidInputException("Link the action to at least one gap (a partially or not compliant"
                    + " requirement).");
        }
        return new ActionDraft(title, d.description(), d.owner(), d.due(), d.priority(), new ArrayList<>(unique));
    }

    private static void requireOwner(Transaction tx, UserId owner) {
        Account a = tx.accounts().find(owner).orElseThrow(() -> new InvalidInputException("There is no account '"
                + owner.value() + "'. The owner must be a person with an account in this workspace."));
        if (!a.active()) {
            throw new InvalidInputException(a.fullName() + " (" + owner.value() + ") is deactivated; choose an active"
                    + " person as owner.");
        }
    }

    /** Newly linked requirements must be gaps now; links kept from before may since have been fixed. */
    private static void requireGaps(Transaction tx, List<AssessmentKey> keys, List<AssessmentKey> before) {
        for (AssessmentKey k : keys) {
            if (before.contains(k)) {
                continue;
            }
            Assessment a = tx.assessments().find(k).orElse(Assessment.notAssessed(k));
            if (!a.status().isGap()) {
                throw new InvalidInputException(k.item() + " is " + a.status().label() + " in this scope, not a gap."
                        + " Link actions to partially or not compliant requirements.");
            }
        }
    }

    static String describe(Action a) {
        return AuditValues.json(AuditValues.of("reference", a.reference(), "title", a.title(), "description",
                a.description(), "owner", a.owner().value(), "due", a.due().toString(), "priority",
                a.priority().label(), "status", a.status().label(), "closureEvidence", a.closureEvidence(), "gaps",
                a.gaps().stream().map(AssessmentKey::encoded).toList(), "verifiedBy",
                a.verifiedBy().map(UserId::value).orElse(null)));
    }

    /** The content a signature of the action plan covers: every action with all its fields (version 1). */
    static byte[] signedContent(Transaction tx) {
        Canonical c = Canonical.of(PLAN_RECORD_TYPE, 1);
        List<Action> all = tx.actions().all();
        c.number(all.size());
        for (Action a : all) {
            c.text(a.reference()).text(a.title()).text(a.description()).text(a.owner().value())
                    .text(a.due().toString()).text(a.priority().name()).text(a.status().name())
                    .text(a.closureEvidence()).text(a.verifiedBy().map(UserId::value).orElse(""));
            c.number(a.gaps().size());
            a.gaps().forEach(k -> c.text(k.encoded()));
        }
        return c.toBytes();
    }
}
