package org.compliancebridge.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.compliancebridge.domain.AuditDraft;
import org.compliancebridge.domain.AuditEventType;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.demo.DemoAction;
import org.compliancebridge.domain.demo.DemoAssessment;
import org.compliancebridge.domain.demo.DemoData;
import org.compliancebridge.domain.demo.DemoDecision;
import org.compliancebridge.domain.demo.DemoGap;
import org.compliancebridge.domain.demo.DemoPerson;
import org.compliancebridge.domain.demo.DemoSystem;
import org.compliancebridge.domain.gap.Action;
import org.compliancebridge.domain.gap.ActionDraft;
import org.compliancebridge.domain.gap.ActionStatus;
import org.compliancebridge.domain.gap.Assessment;
import org.compliancebridge.domain.gap.AssessmentChange;
import org.compliancebridge.domain.gap.AssessmentKey;
import org.compliancebridge.domain.gap.Scope;
import org.compliancebridge.domain.landscape.ProgressMonitor;
import org.compliancebridge.domain.port.DemoDataSource;

/**
 * Creates the demo workspace from the readable files in {@code sample-data/}, through the normal services: every
 * record is entered by the demo person the files name, signed in with their own account, so the audit trail reads
 * like a real half-done gap analysis (who assessed what, who created, closed and verified which action). All demo
 * accounts get the password given; everyone but the administrator must change it at first sign-in.
 */
public final class DemoService {
    public static final String ADMIN = "admin";
    private final WorkspaceService workspaces;
    private final DemoDataSource source;
    private final Function<Session, GapServices> services;

    public DemoService(WorkspaceService workspaces, DemoDataSource source, Function<Session, GapServices> services) {
        this.workspaces = workspaces;
        this.source = source;
        this.services = services;
    }

    /** What was created: the administrator's session (signed in) and the recovery key to show once. */
    public record Created(Session session, String recoveryKey, DemoData data) {
    }

    public Created create(Path folder, char[] password, ProgressMonitor monitor) {
        DemoData d = source.load();
        DemoPerson admin = d.people().stream().filter(p -> p.userId().value().equals(ADMIN)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo data has no 'admin'"));
        monitor.progress(0.02, "Creating the encrypted workspace");
        WorkspaceService.Created created = workspaces.create(folder, d.company().name(), admin.userId(),
                admin.fullName(), password);
        Session s = created.session();
        Path dir = s.folder();
        LocalDate today = s.clock().instant().atZone(s.zone()).toLocalDate();
        try {
            GapServices g = services.apply(s);
            monitor.progress(0.15, "Company profile, people and systems");
            var c = d.company();
            g.landscape().organisation().update(c.name(), Optional.of(c.employees()), c.sites(), c.sectorCodes(),
                    c.marketCodes(), c.handlesPhi(), c.handlesEuPersonalData(), "demo workspace: initial profile");
            AccountService accounts = new AccountService(s);
            for (DemoPerson p : d.people()) {
                if (!p.userId().equals(admin.userId())) {
                    accounts.addAccount(p.userId(), p.fullName(), p.role(), password);
                }
            }
            for (DemoSystem sys : d.systems()) {
                g.landscape().systems().add(sys.toDraft());
            }
            Map<String, DemoDecision> decisions = new HashMap<>();
            d.decisions().forEach(x -> decisions.put(x.frameworkId(), x));
            List<ApplicabilityService.Choice> choices = new ArrayList<>();
            for (var p : g.landscape().applicability().proposals()) {
                DemoDecision x = decisions.get(p.frameworkId());
                boolean yes = x == null ? p.proposed() : x.applicable();
                String why = x == null || x.justification().isBlank() ? (yes == p.proposed() ? null
                        : "Demo workspace decision") : x.justification();
                choices.add(new ApplicabilityService.Choice(p.frameworkId(), yes, why));
            }
            g.landscape().applicability().confirm(choices);
            g.session().writes().write(s.actor(), ctx -> ctx.record(AuditDraft.of(AuditEventType.DEMO_WORKSPACE_CREATED,
                    "WORKSPACE", s.workspaceId().toString(), null, AuditValues.json(AuditValues.of("company",
                            c.name(), "people", d.people().size(), "systems", d.systems().size(), "assessments",
                            d.assessments().size(), "actions", d.actions().size(), "source",
                            "sample-data (fictional company)")))));
        } finally {
            s.close();
        }

        // Assessments, entered by the person the files name, sources before results carried over from them.
        Map<String, List<DemoAssessment>> direct = new LinkedHashMap<>();
        Map<String, List<DemoAssessment>> derived = new LinkedHashMap<>();
        for (DemoAssessment a : d.assessments()) {
            (a.derivedFrom().isPresent() ? derived : direct).computeIfAbsent(a.changedBy().value(),
                    k -> new ArrayList<>()).add(a);
        }
        int steps = d.assessments().size() + d.actions().size() * 2;
        int[] done = {0};
        Runnable tick = () -> monitor.progress(0.2 + 0.75 * (++done[0]) / steps, "Entering the gap analysis as "
                + "its people");
        Map<String, Action> byRef = new HashMap<>();
        // One person signed in at a time; sign-ins (each a key derivation) only when the person changes.
        try (People people = new People(dir, password)) {
            for (var e : direct.entrySet()) {
                GapServices g = people.as(e.getKey());
                for (DemoAssessment a : e.getValue()) {
                    AssessmentKey k = key(g, a.item(), a.scope());
                    g.gaps().record(k, new AssessmentChange(a.status(), a.evidence(), a.owner(), a.priority(),
                            a.due(today), a.notes()), g.gaps().assessment(k).version());
                    tick.run();
                }
            }
            for (var e : derived.entrySet()) {
                GapServices g = people.as(e.getKey());
                for (DemoAssessment a : e.getValue()) {
                    g.gaps().carryOver(key(g, a.derivedFrom().get(), a.scope()), List.of(key(g, a.item(),
                            a.scope())));
                    tick.run();
                }
            }
            // Actions: created by their author in file order (so references match the files), started and closed
            // by their owner, verified by someone else.
            for (DemoAction a : d.actions()) {
                GapServices g = people.as(a.createdBy().value());
                List<AssessmentKey> gaps = new ArrayList<>();
                for (DemoGap gap : a.gaps()) {
                    gaps.add(key(g, gap.item(), gap.scope()));
                }
                byRef.put(a.reference(), g.actions().create(new ActionDraft(a.title(), a.description(), a.owner(),
                        a.due(today), a.priority(), gaps)));
                tick.run();
            }
            List<DemoAction> byOwner = new ArrayList<>(d.actions());
            byOwner.sort(java.util.Comparator.comparing(a -> a.owner().value()));
            for (DemoAction a : byOwner) {
                if (a.status() != ActionStatus.OPEN) {
                    GapServices g = people.as(a.owner().value());
                    Action x = byRef.get(a.reference());
                    x = g.actions().changeStatus(x.actionId(), ActionStatus.IN_PROGRESS, null, null, x.version());
                    if (a.status().isClosed()) {
                        x = g.actions().changeStatus(x.actionId(), ActionStatus.DONE, a.closureEvidence(), null,
                                x.version());
                    }
                    byRef.put(a.reference(), x);
                }
                tick.run();
            }
            for (DemoAction a : d.actions()) {
                if (a.status() == ActionStatus.VERIFIED) {
                    UserId verifier = a.verifiedBy().orElseThrow(() -> new IllegalStateException(a.reference()
                            + " is verified but names no verifier"));
                    GapServices g = people.as(verifier.value());
                    Action x = byRef.get(a.reference());
                    byRef.put(a.reference(), g.actions().changeStatus(x.actionId(), ActionStatus.VERIFIED, null,
                            null, x.version()));
                }
            }
        }
        monitor.progress(0.97, "Signing in as " + admin.fullName());
        Session adminSession = workspaces.open(dir, admin.userId(), password);
        monitor.progress(1, "Done");
        return new Created(adminSession, created.recoveryKey(), d);
    }

    /** The demo person currently signed in (a session of their own, so the audit trail names them). */
    private final class People implements AutoCloseable {
        private final Path dir;
        private final char[] password;
        private Session current;
        private GapServices services;

        People(Path dir, char[] password) {
            this.dir = dir;
            this.password = password;
        }

        GapServices as(String user) {
            if (current == null || !current.account().userId().value().equals(user)) {
                close();
                current = workspaces.open(dir, UserId.of(user), Arrays.copyOf(password, password.length));
                services = DemoService.this.services.apply(current);
            }
            return services;
        }

        @Override
        public void close() {
            if (current != null) {
                current.close();
                current = null;
            }
        }
    }

    private static AssessmentKey key(GapServices g, org.compliancebridge.domain.landscape.ItemRef item,
            String scope) {
        Scope sc = DemoData.ORGANISATION_SCOPE.equals(scope) ? Scope.organisation() : g.gaps().scope(scope);
        return new AssessmentKey(item, sc.key());
    }
}
