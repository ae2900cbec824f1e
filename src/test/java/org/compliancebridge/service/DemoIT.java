package org.compliancebridge.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.compliancebridge.app.AppServices;
import org.compliancebridge.domain.AuditEntry;
import org.compliancebridge.domain.AuditQuery;
import org.compliancebridge.domain.gap.Action;
import org.compliancebridge.domain.gap.ActionStatus;
import org.compliancebridge.domain.gap.AssessmentStatus;
import org.compliancebridge.domain.gap.GapRow;
import org.compliancebridge.domain.gap.GapSummary;
import org.compliancebridge.domain.landscape.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo workspace is built through the normal services, each record entered by the person the files name. */
class DemoIT {
    @TempDir
    Path tmp;

    @Test
    void demoWorkspaceIsAHalfDoneGapAnalysisEnteredByItsPeople() {
        AppServices app = AppServices.forTests(Clock.systemUTC());
        DemoService.Created c = app.demo().create(tmp.resolve("demo"), "demo workspace password".toCharArray(),
                ProgressMonitor.NONE);
        try (Session s = c.session()) {
            assertThat(s.account().userId().value()).isEqualTo("admin");
            assertThat(c.recoveryKey()).isNotBlank();
            GapServices g = app.gap(app.landscape(s));
            assertThat(g.gaps().frameworks()).contains("cfr-part11", "eu-gmp-annex11-2011", "iso27001-2022");
            assertThat(g.gaps().scopes()).hasSize(1 + c.data().systems().size());
            assertThat(s.accounts()).hasSize(c.data().people().size());

            List<GapRow> rows = g.gaps().allRows();
            long assessed = rows.stream().filter(r -> r.assessment().version() > 0).count();
            assertThat(assessed).isEqualTo(c.data().assessments().size());
            assertThat(rows).filteredOn(r -> r.assessment().needsReview()).hasSize((int) c.data().assessments()
                    .stream().filter(a -> a.derivedFrom().isPresent()).count()).isNotEmpty();
            long orgPart11 = rows.stream().filter(r -> r.scope().isOrganisation()
                    && r.item().frameworkId().equals("cfr-part11")).count();
            long orgPart11Assessed = rows.stream().filter(r -> r.scope().isOrganisation()
                    && r.item().frameworkId().equals("cfr-part11") && r.assessment().status().isAssessed()).count();
            assertThat(orgPart11Assessed).as("half done").isBetween(orgPart11 / 4, orgPart11 * 3 / 4);

            List<Action> actions = g.actions().actions();
            assertThat(actions).hasSize(c.data().actions().size());
            assertThat(actions).filteredOn(a -> a.overdue(g.actions().today())).hasSize(2);
            assertThat(actions).filteredOn(a -> a.status() == ActionStatus.VERIFIED)
                    .allSatisfy(a -> assertThat(a.verifiedBy()).isPresent().get().isNotEqualTo(a.owner()));
            GapSummary sum = g.gaps().summary(actions);
            assertThat(sum.overdueActions()).isEqualTo(2);
            assertThat(sum.byFrameworkAndScope()).anyMatch(x -> x.counts().partial() > 0);

            List<AuditEntry> trail = s.writes().read(tx -> tx.audit().page(AuditQuery.all(), 0, 100_000));
            Set<String> assessors = trail.stream().filter(e -> e.eventType().equals("ASSESSMENT_CHANGED"))
                    .map(AuditEntry::userId).collect(Collectors.toSet());
            assertThat(assessors).as("entered by the people the files name").isEqualTo(c.data().assessments()
                    .stream().filter(a -> a.derivedFrom().isEmpty()).map(a -> a.changedBy().value())
                    .collect(Collectors.toSet()));
            assertThat(trail).anyMatch(e -> e.eventType().equals("DEMO_WORKSPACE_CREATED"));
            assertThat(rows).anyMatch(r -> r.assessment().status() == AssessmentStatus.NOT_APPLICABLE
                    && !r.assessment().notes().isBlank());
        }
    }
}
