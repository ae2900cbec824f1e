package org.compliancebridge.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.compliancebridge.domain.Role;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.demo.DemoAction;
import org.compliancebridge.domain.demo.DemoAssessment;
import org.compliancebridge.domain.demo.DemoData;
import org.compliancebridge.domain.demo.DemoGap;
import org.compliancebridge.domain.demo.DemoPerson;
import org.compliancebridge.domain.demo.DemoSystem;
import org.compliancebridge.domain.gap.ActionStatus;
import org.compliancebridge.domain.gap.AssessmentStatus;
import org.compliancebridge.domain.landscape.CatalogueDocument;
import org.compliancebridge.domain.landscape.CatalogueItem;
import org.compliancebridge.domain.landscape.CrosswalkMapping;
import org.compliancebridge.domain.landscape.ImportLimits;
import org.compliancebridge.domain.landscape.ItemRef;
import org.compliancebridge.domain.landscape.ProgressMonitor;
import org.compliancebridge.domain.landscape.Relationship;
import org.compliancebridge.domain.port.BundledCatalogues;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo workspace data: it loads, cites only assessable items of the bundled catalogues, carries results over
 * only along equal/subset/superset crosswalk links in the sound direction, and tells a coherent story (N/A justified,
 * gaps prioritised, exactly two overdue actions, verification by someone other than the owner).
 */
class BundledDemoDataTest {
    private static DemoData demo;
    private static final Map<ItemRef, CatalogueItem> ITEMS = new HashMap<>();
    private static final List<CrosswalkMapping> CROSSWALK = new ArrayList<>();

    @BeforeAll
    static void load() {
        demo = new BundledDemoData().load();
        OscalCatalogueReader reader = new OscalCatalogueReader();
        BundledCatalogues bundled = new ClasspathBundledCatalogues();
        for (BundledCatalogues.BundledFile f : bundled.catalogueFiles()) {
            CatalogueDocument d = reader.readCatalogue(f.content(), f.name(), null, ImportLimits.DEFAULT,
                    ProgressMonitor.NONE);
            d.items().forEach(i -> ITEMS.put(new ItemRef(d.info().frameworkId(), i.itemId()), i));
        }
        for (BundledCatalogues.BundledFile f : bundled.crosswalkFiles()) {
            CROSSWALK.addAll(reader.readCrosswalk(f.content(), f.name()));
        }
    }

    @Test
    void peopleSystemsAndDecisions() {
        assertThat(demo.company().name()).isNotBlank();
        assertThat(demo.company().employees()).isBetween(40, 80);
        assertThat(demo.company().handlesPhi()).isTrue();
        assertThat(demo.company().handlesEuPersonalData()).isTrue();
        assertThat(demo.company().marketCodes()).isEqualTo("US,EU");
        assertThat(demo.company().sectorCodes()).isEqualTo("medical-device");
        assertThat(demo.people()).hasSizeBetween(5, 6);
        assertThat(demo.people().stream().map(DemoPerson::userId).distinct()).hasSameSizeAs(demo.people());
        assertThat(demo.people()).anyMatch(p -> p.userId().value().equals("admin") && p.role() == Role.ADMINISTRATOR);
        assertThat(demo.people()).anyMatch(p -> p.role() == Role.APPROVER);
        assertThat(demo.systems().stream().map(DemoSystem::name).distinct()).hasSameSizeAs(demo.systems());
        assertThat(demo.systems().stream().map(DemoSystem::name)).contains("Quantilab LIMS", "QualiTrack eQMS",
                "Fabrica ERP");
        Set<String> bundledFrameworks = ITEMS.keySet().stream().map(ItemRef::frameworkId).collect(Collectors.toSet());
        assertThat(demo.decisions().stream().map(d -> d.frameworkId()).collect(Collectors.toSet()))
                .as("one decision per bundled framework").isEqualTo(bundledFrameworks).hasSize(demo.decisions().size());
        assertThat(demo.decisions()).allMatch(d -> !d.justification().isBlank());
        assertThat(demo.decisions().stream().filter(d -> d.applicable()).map(d -> d.frameworkId()))
                .contains("cfr-part11", "eu-gmp-annex11-2011", "iso27001-2022");
    }

    @Test
    void everyCitedItemExistsAndIsAssessable() {
        List<ItemRef> cited = new ArrayList<>();
        demo.assessments().forEach(a -> {
            cited.add(a.item());
            a.derivedFrom().ifPresent(cited::add);
        });
        demo.actions().forEach(x -> x.gaps().forEach(g -> cited.add(g.item())));
        for (ItemRef r : cited) {
            assertThat(ITEMS).as("bundled catalogue item %s", r).containsKey(r);
            assertThat(ITEMS.get(r).assessable()).as("%s is assessable", r).isTrue();
        }
        Set<String> scopes = demo.systems().stream().map(DemoSystem::name).collect(Collectors.toSet());
        scopes.add(DemoData.ORGANISATION_SCOPE);
        assertThat(demo.assessments()).allMatch(a -> scopes.contains(a.scope()));
        Set<String> keys = new HashSet<>();
        demo.assessments().forEach(a -> assertThat(keys.add(a.item() + "|" + a.scope())).as("one assessment of %s in"
                + " %s", a.item(), a.scope()).isTrue());
    }

    @Test
    void roughlyHalfOfTheOrganisationScopeIsAssessed() {
        for (String fid : List.of("cfr-part11", "eu-gmp-annex11-2011", "iso27001-2022")) {
            long assessable = ITEMS.entrySet().stream().filter(e -> e.getKey().frameworkId().equals(fid)
                    && e.getValue().assessable()).count();
            long org = demo.assessments().stream().filter(a -> a.item().frameworkId().equals(fid)
                    && a.isOrganisationScope() && a.status().isAssessed()).count();
            assertThat((double) org / assessable).as(fid).isBetween(0.4, 0.65);
            for (String system : List.of("Quantilab LIMS", "QualiTrack eQMS")) {
                assertThat(demo.assessments()).as("%s has assessments", system).anyMatch(a -> a.scope().equals(system));
            }
        }
    }

    @Test
    void derivedResultsFollowEqualSubsetOrSupersetLinksInTheSoundDirection() {
        List<DemoAssessment> derived = demo.assessments().stream().filter(a -> a.derivedFrom().isPresent()).toList();
        assertThat(derived).hasSizeBetween(4, 6);
        for (DemoAssessment d : derived) {
            ItemRef from = d.derivedFrom().orElseThrow();
            // Meeting "from" implies meeting d's item only when d's item is narrower or equal: d ⊆ from.
            boolean linked = CROSSWALK.stream().anyMatch(m -> m.relationship() != Relationship.NONE
                    && (m.source().equals(d.item()) && from.equals(m.target())
                    && (m.relationship() == Relationship.SUBSET || m.relationship() == Relationship.EQUAL)
                    || m.source().equals(from) && d.item().equals(m.target())
                    && (m.relationship() == Relationship.SUPERSET || m.relationship() == Relationship.EQUAL)));
            assertThat(linked).as("%s derived from %s is backed by an equal/subset link", d.item(), from).isTrue();
            DemoAssessment source = demo.assessments().stream().filter(a -> a.item().equals(from)
                    && a.scope().equals(d.scope())).findFirst().orElseThrow(() -> new AssertionError(
                    "the source " + from + " is not assessed in scope " + d.scope()));
            assertThat(source.derivedFrom()).as("no chains of carried-over results").isEmpty();
            assertThat(source.status()).as("carried over unchanged").isEqualTo(d.status());
            boolean equal = CROSSWALK.stream().anyMatch(m -> m.relationship() == Relationship.EQUAL
                    && (m.source().equals(from) && d.item().equals(m.target())
                    || m.source().equals(d.item()) && from.equals(m.target())));
            assertThat(equal || source.status() == AssessmentStatus.COMPLIANT)
                    .as("%s: a gap in a broader requirement says nothing about a narrower one (GapService rule)",
                            d.item()).isTrue();
        }
    }

    @Test
    void assessmentsAreCoherent() {
        for (DemoAssessment a : demo.assessments()) {
            if (a.status() == AssessmentStatus.NOT_APPLICABLE) {
                assertThat(a.notes()).as("justification of N/A %s %s", a.item(), a.scope()).isNotBlank();
            }
            if (a.status().isGap()) {
                assertThat(a.priority()).as("priority of gap %s %s", a.item(), a.scope()).isPresent();
                assertThat(a.dueInDays()).as("due date of gap %s %s", a.item(), a.scope()).isPresent();
                assertThat(a.notes() + a.evidence()).isNotBlank();
            } else {
                assertThat(a.dueInDays()).as("no due date without a gap: %s", a.item()).isEmpty();
            }
            if (a.status() == AssessmentStatus.COMPLIANT) {
                assertThat(a.evidence()).as("evidence of %s %s", a.item(), a.scope()).isNotBlank();
            }
            assertThat(person(a.changedBy())).as("changedBy %s", a.changedBy()).isTrue();
        }
        assertThat(demo.assessments()).anyMatch(a -> a.dueInDays().orElse(0) < 0);
        assertThat(demo.assessments()).anyMatch(a -> a.dueInDays().orElse(0) > 0);
        for (AssessmentStatus s : AssessmentStatus.values()) {
            assertThat(demo.assessments()).as("status %s used", s).anyMatch(a -> a.status() == s);
        }
        assertThat(demo.assessments()).as("Part 11 audit trail on the ERP is partly met").anyMatch(a -> a.item()
                .equals(new ItemRef("cfr-part11", "11.10(e)")) && a.scope().equals("Fabrica ERP")
                && a.status() == AssessmentStatus.PARTIALLY_COMPLIANT);
    }

    @Test
    void actionPlanHasTwoOverdueActionsAndIndependentVerification() {
        assertThat(demo.actions()).hasSize(12);
        assertThat(demo.actions().stream().map(DemoAction::reference).distinct()).hasSize(12);
        assertThat(demo.actions().stream().filter(DemoAction::overdueAtCreation)).hasSize(2);
        for (ActionStatus s : ActionStatus.values()) {
            assertThat(demo.actions()).as("status %s used", s).anyMatch(x -> x.status() == s);
        }
        for (DemoAction x : demo.actions()) {
            assertThat(person(x.owner())).as("owner of %s", x.reference()).isTrue();
            assertThat(person(x.createdBy())).isTrue();
            assertThat(x.gaps()).as("gaps of %s", x.reference()).isNotEmpty();
            if (x.status().isClosed()) {
                assertThat(x.closureEvidence()).as("closure evidence of %s", x.reference()).isNotBlank();
            }
            if (x.status() == ActionStatus.VERIFIED) {
                assertThat(x.verifiedBy()).isPresent();
                assertThat(x.verifiedBy().get()).as("verifier of %s", x.reference()).isNotEqualTo(x.owner());
                assertThat(person(x.verifiedBy().get())).isTrue();
            } else {
                assertThat(x.verifiedBy()).isEmpty();
            }
            for (DemoGap g : x.gaps()) {
                assertThat(demo.assessments()).as("%s links the gap %s in %s", x.reference(), g.item(), g.scope())
                        .anyMatch(a -> a.item().equals(g.item()) && a.scope().equals(g.scope())
                                && a.status().isGap());
            }
        }
    }

    private static boolean person(UserId id) {
        return demo.people().stream().anyMatch(p -> p.userId().equals(id));
    }

    @Test
    void unknownFieldsAndValuesFailNamingFileAndField() {
        assertThatThrownBy(() -> withReplaced("company.json", "\"jobTitle\"", "\"jobtitle\"").load())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("company.json")
                .hasMessageContaining("unknown field 'jobtitle'").hasMessageContaining("people[0]");
        assertThatThrownBy(() -> withReplaced("assessments.json", "\"PARTIALLY_COMPLIANT\"", "\"PARTLY\"").load())
                .hasMessageContaining("assessments.json").hasMessageContaining("assessments[0].status is 'PARTLY'");
        assertThatThrownBy(() -> withReplaced("actions.json", "\"dueInDays\": -12", "\"dueInDays\": \"soon\"")
                .load()).hasMessageContaining("actions.json").hasMessageContaining("actions[0].dueInDays");
        assertThatThrownBy(() -> withReplaced("company.json", "\"SAAS\"", "\"CLOUD\"").load())
                .hasMessageContaining("company.json").hasMessageContaining("systems[1].hosting is 'CLOUD'");
    }

    private static BundledDemoData withReplaced(String file, String from, String to) {
        Function<String, InputStream> open = name -> {
            try (InputStream in = BundledDemoData.class.getResourceAsStream(BundledDemoData.DIR + name)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (name.equals(file)) {
                    assertThat(text).contains(from);
                    text = text.replaceFirst(java.util.regex.Pattern.quote(from), to);
                }
                return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        return new BundledDemoData(open);
    }
}
