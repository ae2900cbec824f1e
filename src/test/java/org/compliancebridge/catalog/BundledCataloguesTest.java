package org.compliancebridge.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.compliancebridge.domain.landscape.CatalogueDocument;
import org.compliancebridge.domain.landscape.CatalogueItem;
import org.compliancebridge.domain.landscape.CrosswalkMapping;
import org.compliancebridge.domain.landscape.ImportLimits;
import org.compliancebridge.domain.landscape.ItemKind;
import org.compliancebridge.domain.landscape.ItemRef;
import org.compliancebridge.domain.landscape.ProgressMonitor;
import org.compliancebridge.domain.landscape.Relationship;
import org.compliancebridge.domain.port.BundledCatalogues;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled catalogues and crosswalks, read through the same reader as user imports: identifier sets and tree
 * structure per framework (checked against the official numbering), metadata, licence rules, and crosswalk integrity
 * and coverage (every assessable Part 11 and Annex 11 item linked to ISO/IEC 27001 or justified).
 */
class BundledCataloguesTest {
    private static final Map<String, CatalogueDocument> DOCS = new LinkedHashMap<>();
    private static final List<CrosswalkMapping> CROSSWALK = new ArrayList<>();

    @BeforeAll
    static void load() {
        OscalCatalogueReader reader = new OscalCatalogueReader();
        BundledCatalogues bundled = new ClasspathBundledCatalogues();
        for (BundledCatalogues.BundledFile f : bundled.catalogueFiles()) {
            CatalogueDocument d = reader.readCatalogue(f.content(), f.name(), null, ImportLimits.DEFAULT,
                    ProgressMonitor.NONE);
            assertThat(f.name()).as("file named after its framework ID").isEqualTo(d.info().frameworkId() + ".json");
            DOCS.put(d.info().frameworkId(), d);
        }
        for (BundledCatalogues.BundledFile f : bundled.crosswalkFiles()) {
            CROSSWALK.addAll(reader.readCrosswalk(f.content(), f.name()));
        }
    }

    private static Map<String, CatalogueItem> items(String fid) {
        Map<String, CatalogueItem> m = new LinkedHashMap<>();
        DOCS.get(fid).items().forEach(i -> m.put(i.itemId(), i));
        return m;
    }

    /** "id<parent" for every item, in document order: the tree as a compact, reviewable string list. */
    private static List<String> tree(String fid) {
        return DOCS.get(fid).items().stream().map(i -> i.itemId() + "<" + i.parentId().orElse("")).toList();
    }

    private static Set<String> assessable(String fid) {
        return DOCS.get(fid).items().stream().filter(CatalogueItem::assessable).map(CatalogueItem::itemId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theNineFrameworksWithTheirStableIds() {
        assertThat(DOCS.keySet()).containsExactly("cfr-part11", "eu-gmp-annex11-2011", "eu-gmp-annex11-2025-draft",
                "iso27001-2022", "nist-csf-2.0", "hipaa-security-rule", "gdpr", "fda-premarket-cybersecurity",
                "imdrf-n60");
        for (CatalogueDocument d : DOCS.values()) {
            assertThat(d.info().version()).as(d.info().frameworkId() + " version").isNotBlank();
            assertThat(d.info().officialUrl()).as(d.info().frameworkId() + " URL").startsWith("https://");
            assertThat(d.info().sourceDocument()).isNotBlank();
            assertThat(d.info().notice()).as(d.info().frameworkId() + " licence notice").isNotBlank();
            for (CatalogueItem i : d.items()) {
                assertThat(i.title()).as(i.ref() + " title").isNotBlank();
                assertThat(i.sourceUrl()).as(i.ref() + " source").startsWith("https://");
                if (i.kind() == ItemKind.CONTROL) {
                    assertThat(i.statement()).as(i.ref() + " text").isNotBlank();
                    assertThat(i.textKind()).as(i.ref() + " text kind").isIn("quoted", "paraphrase");
                }
            }
        }
        assertThat(DOCS.get("eu-gmp-annex11-2025-draft").info().draft()).isTrue();
        assertThat(DOCS.values().stream().filter(d -> d.info().draft()).count()).isEqualTo(1);
    }

    @Test
    void part11EveryOperativeParagraphAtItsFinestCitableLevel() {
        assertThat(tree("cfr-part11")).containsExactly(
                "subpart-a<", "11.1<subpart-a", "11.1(a)<11.1", "11.1(b)<11.1", "11.1(c)<11.1", "11.1(d)<11.1",
                "11.1(e)<11.1", "11.1(f)<11.1", "11.1(g)<11.1", "11.1(h)<11.1", "11.1(i)<11.1", "11.1(j)<11.1",
                "11.1(k)<11.1", "11.1(l)<11.1", "11.1(m)<11.1", "11.1(n)<11.1", "11.1(o)<11.1", "11.1(p)<11.1",
                "11.2<subpart-a", "11.2(a)<11.2", "11.2(b)<11.2", "11.2(b)(1)<11.2(b)", "11.2(b)(2)<11.2(b)",
                "11.3<subpart-a", "11.3(a)<11.3", "11.3(b)<11.3", "11.3(b)(1)<11.3(b)", "11.3(b)(2)<11.3(b)",
                "11.3(b)(3)<11.3(b)", "11.3(b)(4)<11.3(b)", "11.3(b)(5)<11.3(b)", "11.3(b)(6)<11.3(b)",
                "11.3(b)(7)<11.3(b)", "11.3(b)(8)<11.3(b)", "11.3(b)(9)<11.3(b)",
                "subpart-b<", "11.10<subpart-b", "11.10(a)<11.10", "11.10(b)<11.10", "11.10(c)<11.10",
                "11.10(d)<11.10", "11.10(e)<11.10", "11.10(f)<11.10", "11.10(g)<11.10", "11.10(h)<11.10",
                "11.10(i)<11.10", "11.10(j)<11.10", "11.10(k)<11.10", "11.10(k)(1)<11.10(k)", "11.10(k)(2)<11.10(k)",
                "11.30<subpart-b", "11.50<subpart-b", "11.50(a)<11.50", "11.50(a)(1)<11.50(a)",
                "11.50(a)(2)<11.50(a)", "11.50(a)(3)<11.50(a)", "11.50(b)<11.50", "11.70<subpart-b",
                "subpart-c<", "11.100<subpart-c", "11.100(a)<11.100", "11.100(b)<11.100", "11.100(c)<11.100",
                "11.100(c)(1)<11.100(c)", "11.100(c)(2)<11.100(c)", "11.200<subpart-c", "11.200(a)<11.200",
                "11.200(a)(1)<11.200(a)", "11.200(a)(1)(i)<11.200(a)(1)", "11.200(a)(1)(ii)<11.200(a)(1)",
                "11.200(a)(2)<11.200(a)", "11.200(a)(3)<11.200(a)", "11.200(b)<11.200", "11.300<subpart-c",
                "11.300(a)<11.300", "11.300(b)<11.300", "11.300(c)<11.300", "11.300(d)<11.300", "11.300(e)<11.300");
        // Subpart A is guidance only; lead-ins and headings are not assessable; parents that state a requirement are.
        assertThat(assessable("cfr-part11")).noneMatch(id -> id.matches("11\\.[123](\\(.*)?"))
                .contains("11.10", "11.10(k)", "11.10(k)(1)", "11.10(k)(2)", "11.200(a)(1)", "11.200(a)(1)(i)",
                        "11.200(a)(1)(ii)", "11.100(c)", "11.300", "11.300(e)", "11.70", "11.30")
                .doesNotContain("11.50", "11.50(a)", "11.100", "11.200", "11.200(a)");
        assertThat(assessable("cfr-part11")).hasSize(37);
        Map<String, CatalogueItem> p11 = items("cfr-part11");
        assertThat(p11.get("11.10(e)").statement()).startsWith("Use of secure, computer-generated, time-stamped"
                + " audit trails");
        assertThat(p11.get("11.10(a)").quoted()).isTrue();
        assertThat(p11.get("11.10(a)").sourceUrl()).startsWith("https://www.ecfr.gov/");
        // FDA's 2003 Scope and Application notes sit on the paragraphs they concern.
        for (String id : List.of("11.10(a)", "11.10(b)", "11.10(c)", "11.10(e)", "11.10(k)(2)", "11.10", "11.1",
                "11.30")) {
            assertThat(p11.get(id).guidance()).as(id).anyMatch(g -> g.title().equals("FDA 2003 Scope and Application")
                    && !g.prose().isBlank());
        }
        assertThat(p11.get("11.10(d)").guidance()).isEmpty();
    }

    @Test
    void annex11EveryNumberedClauseAndTheDraftAsItsOwnCatalogue() {
        assertThat(tree("eu-gmp-annex11-2011")).containsExactly(
                "principle<", "Principle<principle", "general<", "1<general", "2<general", "3<general", "3.1<3",
                "3.2<3", "3.3<3", "3.4<3", "project-phase<", "4<project-phase", "4.1<4", "4.2<4", "4.3<4", "4.4<4",
                "4.5<4", "4.6<4", "4.7<4", "4.8<4", "operational-phase<", "5<operational-phase",
                "6<operational-phase", "7<operational-phase", "7.1<7", "7.2<7", "8<operational-phase", "8.1<8",
                "8.2<8", "9<operational-phase", "10<operational-phase", "11<operational-phase",
                "12<operational-phase", "12.1<12", "12.2<12", "12.3<12", "12.4<12", "13<operational-phase",
                "14<operational-phase", "14(a)<14", "14(b)<14", "14(c)<14", "15<operational-phase",
                "16<operational-phase", "17<operational-phase");
        assertThat(assessable("eu-gmp-annex11-2011")).hasSize(35).doesNotContain("3", "4", "7", "8", "12", "14");
        assertThat(items("eu-gmp-annex11-2011").get("9").statement()).contains("audit trail");
        assertThat(DOCS.get("eu-gmp-annex11-2011").info().notice()).containsIgnoringCase("European Union");
        List<String> draft = tree("eu-gmp-annex11-2025-draft");
        assertThat(draft).hasSize(19).startsWith("draft-sections<", "1<draft-sections").endsWith("17<draft-sections",
                "Glossary<draft-sections");
        assertThat(DOCS.get("eu-gmp-annex11-2025-draft").items()).filteredOn(i -> i.kind() == ItemKind.CONTROL)
                .allMatch(i -> i.textKind().equals("paraphrase"));
    }

    @Test
    void iso27001ClausesAndExactlyThe93AnnexAControlsAsParaphraseOnly() {
        Map<String, CatalogueItem> iso = items("iso27001-2022");
        List<String> annexA = iso.values().stream().filter(i -> i.kind() == ItemKind.CONTROL
                && i.itemId().startsWith("A.")).map(CatalogueItem::itemId).toList();
        List<String> expected = new ArrayList<>();
        int[] counts = {37, 8, 14, 34};
        for (int theme = 5; theme <= 8; theme++) {
            for (int n = 1; n <= counts[theme - 5]; n++) {
                expected.add("A." + theme + "." + n);
            }
        }
        assertThat(annexA).hasSize(93).containsExactlyElementsOf(expected);
        for (String id : annexA) {
            assertThat(iso.get(id).parentId()).contains(id.substring(0, 3));
        }
        assertThat(iso.values().stream().filter(i -> i.kind() == ItemKind.CONTROL && !i.itemId().startsWith("A."))
                .map(CatalogueItem::itemId)).containsExactly("4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "6.1",
                "6.1.1", "6.1.2", "6.1.3", "6.2", "6.3", "7.1", "7.2", "7.3", "7.4", "7.5", "7.5.1", "7.5.2",
                "7.5.3", "8.1", "8.2", "8.3", "9.1", "9.2", "9.2.1", "9.2.2", "9.3", "9.3.1", "9.3.2", "9.3.3",
                "10.1", "10.2");
        assertThat(iso.get("A.5.15").title()).isEqualTo("Access control");
        assertThat(iso.get("A.8.15").title()).isEqualTo("Logging");
        assertThat(DOCS.get("iso27001-2022").items()).filteredOn(i -> i.kind() == ItemKind.CONTROL)
                .allMatch(i -> i.textKind().equals("paraphrase"));
        assertThat(DOCS.get("iso27001-2022").info().notice()).containsIgnoringCase("copyright");
    }

    @Test
    void nistCsfFunctionsCategoriesAndThe106Subcategories() {
        List<CatalogueItem> all = DOCS.get("nist-csf-2.0").items();
        assertThat(all.stream().filter(i -> i.kind() == ItemKind.GROUP).map(CatalogueItem::itemId))
                .containsExactly("GV", "ID", "PR", "DE", "RS", "RC");
        List<CatalogueItem> categories = all.stream().filter(i -> i.itemId().matches("[A-Z]{2}\\.[A-Z]{2}"))
                .toList();
        assertThat(categories).hasSize(22).allMatch(c -> !c.assessable()
                && c.parentId().orElseThrow().equals(c.itemId().substring(0, 2)));
        List<CatalogueItem> subs = all.stream().filter(i -> i.itemId().matches("[A-Z]{2}\\.[A-Z]{2}-\\d{2}"))
                .toList();
        assertThat(subs).hasSize(106).allMatch(s -> s.assessable()
                && s.parentId().orElseThrow().equals(s.itemId().substring(0, 5)));
        assertThat(subs.get(0).itemId()).isEqualTo("GV.OC-01");
        assertThat(all).hasSize(6 + 22 + 106);
    }

    @Test
    void hipaaStandardsAndImplementationSpecificationsMarkedRequiredOrAddressable() {
        Map<String, CatalogueItem> h = items("hipaa-security-rule");
        assertThat(h.values().stream().filter(i -> i.kind() == ItemKind.GROUP).map(CatalogueItem::itemId))
                .containsExactly("§ 164.308", "§ 164.310", "§ 164.312", "§ 164.314", "§ 164.316");
        assertThat(h.values()).filteredOn(i -> i.kind() == ItemKind.CONTROL).hasSize(66)
                .allMatch(i -> i.implementation().equals("required") || i.implementation().equals("addressable"));
        assertThat(h.get("164.308(a)(1)(ii)(A)").implementation()).isEqualTo("required");
        assertThat(h.get("164.308(a)(1)(ii)(A)").parentId()).contains("164.308(a)(1)(i)");
        assertThat(h.get("164.308(a)(5)(ii)(A)").implementation()).isEqualTo("addressable");
        assertThat(h.get("164.312(a)(2)(iv)").implementation()).isEqualTo("addressable");
        assertThat(h.get("164.312(b)").implementation()).isEqualTo("required");
        assertThat(h.get("164.312(b)").title()).isEqualTo("Audit controls");
        assertThat(h.get("164.316(b)(2)(iii)").parentId()).contains("164.316(b)(1)");
        // Every standard and implementation specification of 164.308-164.316, R = required, A = addressable,
        // as printed in the rule (checked against 45 CFR Part 164 Subpart C).
        String expected = "164.308(a)(1)(i) R, 164.308(a)(1)(ii)(A) R, 164.308(a)(1)(ii)(B) R, 164.308(a)(1)(ii)(C) R,"
                + " 164.308(a)(1)(ii)(D) R, 164.308(a)(2) R, 164.308(a)(3)(i) R, 164.308(a)(3)(ii)(A) A,"
                + " 164.308(a)(3)(ii)(B) A, 164.308(a)(3)(ii)(C) A, 164.308(a)(4)(i) R, 164.308(a)(4)(ii)(A) R,"
                + " 164.308(a)(4)(ii)(B) A, 164.308(a)(4)(ii)(C) A, 164.308(a)(5)(i) R, 164.308(a)(5)(ii)(A) A,"
                + " 164.308(a)(5)(ii)(B) A, 164.308(a)(5)(ii)(C) A, 164.308(a)(5)(ii)(D) A, 164.308(a)(6)(i) R,"
                + " 164.308(a)(6)(ii) R, 164.308(a)(7)(i) R, 164.308(a)(7)(ii)(A) R, 164.308(a)(7)(ii)(B) R,"
                + " 164.308(a)(7)(ii)(C) R, 164.308(a)(7)(ii)(D) A, 164.308(a)(7)(ii)(E) A, 164.308(a)(8) R,"
                + " 164.308(b)(1) R, 164.308(b)(2) R, 164.308(b)(3) R, 164.310(a)(1) R, 164.310(a)(2)(i) A,"
                + " 164.310(a)(2)(ii) A, 164.310(a)(2)(iii) A, 164.310(a)(2)(iv) A, 164.310(b) R, 164.310(c) R,"
                + " 164.310(d)(1) R, 164.310(d)(2)(i) R, 164.310(d)(2)(ii) R, 164.310(d)(2)(iii) A,"
                + " 164.310(d)(2)(iv) A, 164.312(a)(1) R, 164.312(a)(2)(i) R, 164.312(a)(2)(ii) R,"
                + " 164.312(a)(2)(iii) A, 164.312(a)(2)(iv) A, 164.312(b) R, 164.312(c)(1) R, 164.312(c)(2) A,"
                + " 164.312(d) R, 164.312(e)(1) R, 164.312(e)(2)(i) A, 164.312(e)(2)(ii) A, 164.314(a)(1) R,"
                + " 164.314(a)(2)(i) R, 164.314(a)(2)(ii) R, 164.314(a)(2)(iii) R, 164.314(b)(1) R, 164.314(b)(2) R,"
                + " 164.316(a) R, 164.316(b)(1) R, 164.316(b)(2)(i) R, 164.316(b)(2)(ii) R, 164.316(b)(2)(iii) R";
        assertThat(h.values().stream().filter(i -> i.kind() == ItemKind.CONTROL).map(i -> i.itemId() + " "
                + (i.implementation().equals("required") ? "R" : "A")).collect(Collectors.joining(", ")))
                .isEqualTo(expected);
    }

    @Test
    void gdprFdaAndImdrfTrees() {
        assertThat(String.join(" ", tree("gdpr"))).isEqualTo("Art.5< Art.5(1)<Art.5 Art.5(1)(a)<Art.5(1)"
                + " Art.5(1)(b)<Art.5(1) Art.5(1)(c)<Art.5(1) Art.5(1)(d)<Art.5(1) Art.5(1)(e)<Art.5(1)"
                + " Art.5(1)(f)<Art.5(1) Art.5(2)<Art.5 Art.25< Art.25(1)<Art.25 Art.25(2)<Art.25 Art.25(3)<Art.25"
                + " Art.32< Art.32(1)<Art.32 Art.32(1)(a)<Art.32(1) Art.32(1)(b)<Art.32(1) Art.32(1)(c)<Art.32(1)"
                + " Art.32(1)(d)<Art.32(1) Art.32(2)<Art.32 Art.32(3)<Art.32 Art.32(4)<Art.32 Art.33<"
                + " Art.33(1)<Art.33 Art.33(2)<Art.33 Art.33(3)<Art.33 Art.33(3)(a)<Art.33(3) Art.33(3)(b)<Art.33(3)"
                + " Art.33(3)(c)<Art.33(3) Art.33(3)(d)<Art.33(3) Art.33(4)<Art.33 Art.33(5)<Art.33 Art.34<"
                + " Art.34(1)<Art.34 Art.34(2)<Art.34 Art.34(3)<Art.34 Art.34(3)(a)<Art.34(3) Art.34(3)(b)<Art.34(3)"
                + " Art.34(3)(c)<Art.34(3) Art.34(4)<Art.34 Art.35< Art.35(1)<Art.35 Art.35(2)<Art.35"
                + " Art.35(3)<Art.35 Art.35(3)(a)<Art.35(3) Art.35(3)(b)<Art.35(3) Art.35(3)(c)<Art.35(3)"
                + " Art.35(4)<Art.35 Art.35(5)<Art.35 Art.35(6)<Art.35 Art.35(7)<Art.35 Art.35(7)(a)<Art.35(7)"
                + " Art.35(7)(b)<Art.35(7) Art.35(7)(c)<Art.35(7) Art.35(7)(d)<Art.35(7) Art.35(8)<Art.35"
                + " Art.35(9)<Art.35 Art.35(10)<Art.35 Art.35(11)<Art.35");
        assertThat(String.join(" ", tree("imdrf-n60"))).isEqualTo("4.0< 4.1<4.0 4.2<4.0 4.3<4.0 4.4<4.0 5.0<"
                + " 5.1<5.0 5.2<5.0 5.3<5.0 5.4<5.0 5.5<5.0 5.5.1<5.5 5.5.2<5.5 5.6<5.0 5.6.1<5.6 5.6.2<5.6 5.6.3<5.6"
                + " 5.6.4<5.6 5.6.5<5.6 6.0< 6.1<6.0 6.1.1<6.1 6.1.2<6.1 6.2<6.0 6.2.1<6.2 6.2.2<6.2 6.2.3<6.2"
                + " 6.2.4<6.2 6.3<6.0 6.3.1<6.3 6.3.2<6.3 6.3.3<6.3 6.4<6.0 6.4.1<6.4 6.4.2<6.4 6.4.3<6.4 6.5<6.0"
                + " 6.5.1<6.5 6.5.2<6.5 6.5.3<6.5 6.6<6.0 6.6.1<6.6 6.6.2<6.6");
        assertThat(String.join(" ", tree("fda-premarket-cybersecurity"))).isEqualTo("IV< IV.A<IV IV.A.1<IV.A"
                + " IV.B<IV IV.C<IV IV.D<IV V< V.A<V V.A.1<V.A V.A.2<V.A V.A.3<V.A V.A.4<V.A V.A.4.a<V.A.4"
                + " V.A.4.b<V.A.4 V.A.5<V.A V.A.6<V.A V.B<V V.B.1<V.B V.B.2<V.B V.B.2.a<V.B.2 V.B.2.b<V.B.2"
                + " V.B.2.c<V.B.2 V.B.2.d<V.B.2 V.C<V VI< VI.A<VI VI.B<VI VII< VII.A<VII VII.B<VII VII.C<VII"
                + " VII.C.1<VII.C VII.C.2<VII.C VII.C.3<VII.C VII.D<VII VII.D.1<VII.D VII.D.2<VII.D VII.E<VII"
                + " Appendix 1< Appendix 1.A<Appendix 1 Appendix 1.B<Appendix 1 Appendix 1.C<Appendix 1"
                + " Appendix 1.D<Appendix 1 Appendix 1.E<Appendix 1 Appendix 1.F<Appendix 1 Appendix 1.G<Appendix 1"
                + " Appendix 1.H<Appendix 1 524B< 524B(a)<524B 524B(b)<524B 524B(b)(1)<524B(b) 524B(b)(2)<524B(b)"
                + " 524B(b)(2)(A)<524B(b)(2) 524B(b)(2)(B)<524B(b)(2) 524B(b)(3)<524B(b) 524B(b)(4)<524B(b)"
                + " 524B(c)<524B 524B(c)(1)<524B(c) 524B(c)(2)<524B(c) 524B(c)(3)<524B(c) 524B(d)<524B");
    }

    @Test
    void gdprFdaAndImdrfCarryTheCitedArticlesAndSections() {
        assertThat(items("gdpr").keySet()).contains("Art.5(1)(f)", "Art.5(2)", "Art.25(1)", "Art.25(2)",
                "Art.32(1)(a)", "Art.32(1)(d)", "Art.33(1)", "Art.33(5)", "Art.34(1)", "Art.35(1)", "Art.35(7)(d)",
                "Art.35(11)");
        assertThat(items("gdpr").get("Art.32(1)(b)").parentId()).contains("Art.32(1)");
        assertThat(items("fda-premarket-cybersecurity").keySet()).contains("524B(a)", "524B(b)(1)",
                "524B(b)(2)(A)", "524B(b)(3)", "V.A.4.b", "V.B.2.d", "VII.C.1", "Appendix 1.C");
        assertThat(items("fda-premarket-cybersecurity").get("524B(b)(2)(A)").parentId()).contains("524B(b)(2)");
        assertThat(items("imdrf-n60").keySet()).contains("4.1", "5.5.1", "6.6.2");
        assertThat(items("imdrf-n60").get("6.6.2").parentId()).contains("6.6");
    }

    @Test
    void everyCrosswalkIdExistsAndEveryRowIsWellFormed() {
        assertThat(CROSSWALK).hasSize(134 + 231);
        Map<String, Set<String>> ids = new HashMap<>();
        DOCS.forEach((fid, d) -> ids.put(fid, d.items().stream().map(CatalogueItem::itemId)
                .collect(Collectors.toSet())));
        for (CrosswalkMapping m : CROSSWALK) {
            assertThat(ids.get(m.sourceFramework())).as("source framework " + m.sourceFramework()).isNotNull();
            assertThat(ids.get(m.sourceFramework())).as("source " + m.source()).contains(m.sourceId());
            if (m.relationship() == Relationship.NONE) {
                assertThat(m.targetFramework() + m.targetId()).isEmpty();
            } else {
                assertThat(ids.get(m.targetFramework())).as("target framework " + m.targetFramework()).isNotNull();
                assertThat(ids.get(m.targetFramework())).as("target " + m.target()).contains(m.targetId());
            }
            assertThat(m.rationale()).as(m.key()).isNotBlank();
            // ISO is cited by identifier only: a rationale never quotes ISO text.
            assertThat(m.rationale()).doesNotContain("\"");
        }
    }

    @Test
    void everyAssessablePart11AndAnnex11ItemIsLinkedToIsoOrJustified() {
        for (String fid : List.of("cfr-part11", "eu-gmp-annex11-2011")) {
            Set<ItemRef> covered = CROSSWALK.stream().filter(m -> m.sourceFramework().equals(fid))
                    .filter(m -> m.targetFramework().equals("iso27001-2022") || m.relationship() == Relationship.NONE)
                    .map(CrosswalkMapping::source).collect(Collectors.toSet());
            List<String> missing = DOCS.get(fid).items().stream().filter(CatalogueItem::assessable)
                    .filter(i -> !covered.contains(i.ref())).map(CatalogueItem::itemId).toList();
            assertThat(missing).as(fid + " items neither linked to ISO/IEC 27001 nor justified").isEmpty();
        }
        // Annex 11 is bridged to Part 11 as well.
        assertThat(CROSSWALK).filteredOn(m -> m.sourceFramework().equals("eu-gmp-annex11-2011")
                && m.targetFramework().equals("cfr-part11")).hasSize(24);
        assertThat(CROSSWALK).filteredOn(m -> m.relationship() == Relationship.NONE)
                .extracting(m -> m.sourceId()).contains("11.100(c)", "14(a)");
    }
}
