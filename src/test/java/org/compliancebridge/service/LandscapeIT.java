package org.compliancebridge.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.compliancebridge.domain.AuditEntry;
import org.compliancebridge.domain.InvalidInputException;
import org.compliancebridge.domain.OrganisationProfile;
import org.compliancebridge.domain.RecordRef;
import org.compliancebridge.domain.landscape.ComputerisedSystem;
import org.compliancebridge.domain.landscape.Confidence;
import org.compliancebridge.domain.landscape.CoverageStatus;
import org.compliancebridge.domain.landscape.CrosswalkLink;
import org.compliancebridge.domain.landscape.CrosswalkMapping;
import org.compliancebridge.domain.landscape.FrameworkProposal;
import org.compliancebridge.domain.landscape.GxpImpact;
import org.compliancebridge.domain.landscape.Hosting;
import org.compliancebridge.domain.landscape.ItemCoverage;
import org.compliancebridge.domain.landscape.ItemRef;
import org.compliancebridge.domain.landscape.ProgressMonitor;
import org.compliancebridge.domain.landscape.ProposalLevel;
import org.compliancebridge.domain.landscape.Relationship;
import org.compliancebridge.domain.landscape.SystemDraft;
import org.compliancebridge.testsupport.LandscapeWorkspaces;
import org.compliancebridge.testsupport.TestWorkspaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step 1 end to end on a real workspace: profile, inventory, applicability, crosswalk changes, the document. */
class LandscapeIT {
    private final LandscapeWorkspaces ws = new LandscapeWorkspaces();
    @TempDir
    Path tmp;

    private static List<AuditEntry> trail(Session s) {
        return s.writes().read(tx -> tx.audit().readFrom(1, 10_000));
    }

    private static AuditEntry last(Session s) {
        List<AuditEntry> t = trail(s);
        return t.get(t.size() - 1);
    }

    static SystemDraft lims() {
        return new SystemDraft("LabWare LIMS", "Laboratory results and batch release data", GxpImpact.HIGH, true,
                "LabWare Inc.", Hosting.ON_PREMISES, "QC Lab Head");
    }

    @Test
    void systemInventoryIsAuditedAndValidated() {
        try (Session s = ws.create(tmp.resolve("ws"))) {
            SystemInventoryService inv = new SystemInventoryService(s);
            assertThatThrownBy(() -> inv.add(new SystemDraft(" ", "x", GxpImpact.LOW, false, "x", Hosting.SAAS, "x")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("system name");
            assertThatThrownBy(() -> inv.add(new SystemDraft("X", "x", null, false, "x", Hosting.SAAS, "x")))
                    .hasMessageContaining("GxP impact");
            ComputerisedSystem lims = inv.add(lims());
            assertThat(last(s).eventType()).isEqualTo("COMPUTERISED_SYSTEM_ADDED");
            assertThat(last(s).newValue()).contains("\"name\":\"LabWare LIMS\"").contains("\"gxpImpact\":\"HIGH\"");
            assertThatThrownBy(() -> inv.add(lims())).hasMessageContaining("in the inventory already");
            SystemDraft changed = new SystemDraft("LabWare LIMS", "Laboratory results", GxpImpact.HIGH, true,
                    "LabWare Inc.", Hosting.SAAS, "QC Lab Head");
            assertThatThrownBy(() -> inv.change(lims.systemId(), changed, "")).hasMessageContaining("reason");
            inv.change(lims.systemId(), changed, "moved to the vendor's cloud");
            assertThat(last(s).eventType()).isEqualTo("COMPUTERISED_SYSTEM_CHANGED");
            assertThat(last(s).oldValue()).contains("ON_PREMISES");
            assertThat(last(s).newValue()).contains("SAAS");
            assertThat(last(s).reason()).isEqualTo("moved to the vendor's cloud");
            inv.retire(lims.systemId(), "decommissioned");
            assertThat(inv.activeSystems()).isEmpty();
            assertThat(inv.systems()).hasSize(1).allMatch(x -> !x.active());
            assertThatThrownBy(() -> inv.retire(lims.systemId(), "again")).hasMessageContaining("retired");
        }
    }

    @Test
    void proposesFrameworksFromTheProfileAndRecordsConfirmedDecisions() {
        try (Session s = ws.create(tmp.resolve("ws"))) {
            LandscapeServices l = ws.services(s);
            l.organisation().update("Acme Devices GmbH", Optional.of(120), "Berlin (DE); Boston (US)",
                    "medical-device", "US,EU", true, true, null);
            l.systems().add(lims());
            Map<String, FrameworkProposal> p = l.applicability().proposals().stream().collect(Collectors.toMap(
                    FrameworkProposal::frameworkId, x -> x));
            assertThat(p.get("fda-premarket-cybersecurity").level()).isEqualTo(ProposalLevel.REQUIRED);
            assertThat(p.get("fda-premarket-cybersecurity").reason()).contains("Medical devices sold in the US");
            assertThat(p.get("hipaa-security-rule").level()).isEqualTo(ProposalLevel.REQUIRED);
            assertThat(p.get("gdpr").level()).isEqualTo(ProposalLevel.REQUIRED);
            assertThat(p.get("cfr-part11").level()).isEqualTo(ProposalLevel.REQUIRED);
            assertThat(p.get("cfr-part11").reason()).contains("LabWare LIMS");
            assertThat(p.get("eu-gmp-annex11-2011").level()).isEqualTo(ProposalLevel.OPTIONAL);
            assertThat(p.get("iso27001-2022").level()).isEqualTo(ProposalLevel.RECOMMENDED);
            assertThat(p.get("nist-csf-2.0").level()).isEqualTo(ProposalLevel.OPTIONAL);
            assertThat(p.get("imdrf-n60").level()).isEqualTo(ProposalLevel.RECOMMENDED);
            assertThat(l.applicability().status().state()).isEqualTo(ApplicabilityService.State.NOT_CONFIRMED);

            List<ApplicabilityService.Choice> choices = new ArrayList<>();
            for (FrameworkProposal fp : p.values()) {
                choices.add(new ApplicabilityService.Choice(fp.frameworkId(), fp.proposed()
                        || fp.frameworkId().equals("eu-gmp-annex11-2011"), null));
            }
            assertThatThrownBy(() -> l.applicability().confirm(choices)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("Justify why eu-gmp-annex11-2011 is applicable");
            choices.replaceAll(c -> c.frameworkId().equals("eu-gmp-annex11-2011") ? new ApplicabilityService.Choice(
                    c.frameworkId(), true, "Our EU pharma customers audit us against Annex 11") : c);
            long before = s.auditEntryCount();
            l.applicability().confirm(choices);
            assertThat(s.auditEntryCount() - before).as("one entry per framework decision").isEqualTo(9);
            assertThat(l.applicability().status().state()).isEqualTo(ApplicabilityService.State.CONFIRMED);
            assertThat(l.applicability().confirmedFrameworks()).containsExactly("cfr-part11", "eu-gmp-annex11-2011",
                    "iso27001-2022", "hipaa-security-rule", "gdpr", "fda-premarket-cybersecurity", "imdrf-n60");
            AuditEntry annex = trail(s).stream().filter(e -> e.eventType().equals("FRAMEWORK_DECISION_CONFIRMED")
                    && e.recordId().equals("eu-gmp-annex11-2011")).findFirst().orElseThrow();
            assertThat(annex.reason()).isEqualTo("Our EU pharma customers audit us against Annex 11");
            assertThatThrownBy(() -> l.applicability().confirm(choices)).hasMessageContaining("Nothing was changed");

            // The profile changes: the PHI proposal disappears, so the selection needs review.
            l.organisation().update("Acme Devices GmbH", Optional.of(120), "Berlin (DE); Boston (US)",
                    "medical-device", "US,EU", false, true, null);
            ApplicabilityService.Status st = l.applicability().status();
            assertThat(st.state()).isEqualTo(ApplicabilityService.State.NEEDS_REVIEW);
            assertThat(st.reviewReasons()).singleElement().asString().contains("hipaa-security-rule");
        }
    }

    @Test
    void crosswalkChangesAreAuditedWithAReasonAndShowInCoverage() {
        try (Session s = ws.create(tmp.resolve("ws"))) {
            CrosswalkService cw = new CrosswalkService(s);
            CatalogueService cats = new CatalogueService(s, LandscapeWorkspaces.READER, ws.bundled);
            List<CrosswalkLink> links = cw.activeLinks();
            ItemRef e = new ItemRef("cfr-part11", "11.10(e)");
            List<CrosswalkLink> ofE = CrosswalkService.linksOf(links, e);
            assertThat(ofE).anyMatch(l -> l.mapping().source().equals(e) && l.mapping().targetId().equals("A.8.15"));
            assertThat(ofE).as("incoming from Annex 11").anyMatch(l -> l.mapping().sourceFramework()
                    .equals("eu-gmp-annex11-2011") && e.equals(l.mapping().target()));
            List<ItemCoverage> cov = CrosswalkService.coverage(cats.items("cfr-part11"), links, "iso27001-2022");
            assertThat(cov).hasSize(37).noneMatch(c -> c.status() == CoverageStatus.GAP);
            assertThat(cov).filteredOn(c -> c.status() == CoverageStatus.NO_COUNTERPART).hasSize(5);

            CrosswalkMapping add = new CrosswalkMapping("cfr-part11", "11.10(d)", "iso27001-2022", "A.8.2",
                    Relationship.INTERSECTS, Confidence.MEDIUM,
                    "Privileged access rights limit who can use the system.");
            assertThatThrownBy(() -> cw.add(add, "")).hasMessageContaining("reason");
            assertThatThrownBy(() -> cw.add(new CrosswalkMapping("cfr-part11", "11.10(z)", "iso27001-2022", "A.8.2",
                    Relationship.INTERSECTS, Confidence.LOW, "x"), "why")).hasMessageContaining("no item 11.10(z)");
            CrosswalkLink added = cw.add(add, "workshop 2026-11-22");
            assertThat(last(s).eventType()).isEqualTo("CROSSWALK_LINK_ADDED");
            assertThatThrownBy(() -> cw.add(add, "again")).hasMessageContaining("exists already");
            cw.change(added.linkId(), Relationship.SUBSET, Confidence.HIGH, "Narrower: only system access.",
                    "review by QA");
            assertThat(last(s).oldValue()).contains("intersects");
            assertThat(last(s).newValue()).contains("subset");

            // Retiring every ISO link of 11.10(h) makes it a gap.
            for (CrosswalkLink l : CrosswalkService.linksOf(cw.activeLinks(), new ItemRef("cfr-part11", "11.10(h)"))) {
                if (l.mapping().targetFramework().equals("iso27001-2022")) {
                    cw.retire(l.linkId(), "test: mapping judged wrong");
                }
            }
            assertThat(last(s).eventType()).isEqualTo("CROSSWALK_LINK_RETIRED");
            List<ItemCoverage> after = CrosswalkService.coverage(cats.items("cfr-part11"), cw.activeLinks(),
                    "iso27001-2022");
            assertThat(after).filteredOn(c -> c.status() == CoverageStatus.GAP).extracting(c -> c.item().itemId())
                    .containsExactly("11.10(h)");
            assertThat(cw.allLinks()).hasSize(134 + 231 + 1);
        }
    }

    @Test
    void exportsTheLandscapeDocumentAsDocxAndPdfWithTheSignatureManifestation() throws Exception {
        try (Session s = ws.create(tmp.resolve("ws"))) {
            LandscapeServices l = ws.services(s);
            l.organisation().update("Müller Ωmega Pharma GmbH", Optional.of(80), "Köln (DE)", "pharma,biotech",
                    "EU,US", false, true, null);
            l.systems().add(lims());
            List<ApplicabilityService.Choice> choices = l.applicability().proposals().stream().map(fp ->
                    new ApplicabilityService.Choice(fp.frameworkId(), fp.proposed(), null)).toList();
            l.applicability().confirm(choices);
            new SignatureService(s, Signables.standard()).sign(new RecordRef(OrganisationProfile.RECORD_TYPE,
                    OrganisationProfile.RECORD_ID), "Approved", Optional.of("alice"),
                    TestWorkspaces.ADMIN_PASSWORD.toCharArray());
            assertThat(l.landscape().progress().done()).isTrue();

            Path docx = tmp.resolve("landscape.docx");
            LandscapeService.Exported d = l.landscape().export(docx, ProgressMonitor.NONE);
            assertThat(d.revision()).isEqualTo(1);
            assertThat(HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(docx)))).isEqualTo(d.sha256());
            AuditEntry e = last(s);
            assertThat(e.eventType()).isEqualTo("LANDSCAPE_DOCUMENT_EXPORTED");
            assertThat(e.newValue()).contains(d.sha256()).contains("DOCX");
            try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
                String text = new XWPFWordExtractor(doc).getText();
                assertThat(text).contains("Regulatory landscape", "Müller Ωmega Pharma GmbH", "LabWare LIMS",
                        "Alice Admin (alice) — Approved — ", "Applicable", "11.10(e)", "A.8.15", "Köln (DE)",
                        "Medicinal products (pharmaceutical, biotechnology) for the EU market");
                assertThat(doc.getStyles().styleExist("Heading1")).isTrue();
                List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                        .map(XWPFParagraph::getText).toList();
                assertThat(headings).containsExactly("1 Document control", "2 Organisation profile",
                        "3 Computerised-system inventory", "4 Applicable frameworks", "5 Framework summaries",
                        "6 Crosswalk");
                XWPFTable systems = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText()
                        .equals("System")).findFirst().orElseThrow();
                assertThat(systems.getRow(0).isRepeatHeader()).isTrue();
                assertThat(systems.getRow(1).getCell(0).getText()).isEqualTo("LabWare LIMS");
                assertThat(systems.getRow(1).getCell(3).getText()).isEqualTo("Yes");
            }

            Path pdf = tmp.resolve("landscape.pdf");
            LandscapeService.Exported p = l.landscape().export(pdf, ProgressMonitor.NONE);
            assertThat(p.revision()).isEqualTo(2);
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertThat(text).contains("Regulatory landscape", "Müller Ωmega Pharma GmbH", "LabWare LIMS",
                        "Alice Admin (alice) — Approved —", "rev. 2", "page 1 of " + doc.getNumberOfPages(),
                        "11.200(a)(1)(ii)", "Gaps (neither linked");
                assertThat(doc.getNumberOfPages()).isGreaterThan(5);
                PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames()
                        .iterator().next());
                assertThat(font.getName()).contains("DejaVuSans");
                assertThat(font.isEmbedded()).isTrue();
                assertThat(doc.getDocumentInformation().getTitle()).contains("Müller Ωmega Pharma GmbH");
            }
            assertThat(tmp.toFile().list()).noneMatch(n -> n.endsWith(".part"));
            assertThatThrownBy(() -> l.landscape().export(tmp.resolve("landscape.txt"), ProgressMonitor.NONE))
                    .hasMessageContaining(".docx (Word) or .pdf");

            // A later change of the profile shows the signature as no longer valid in the next revision.
            l.organisation().update("Müller Ωmega Pharma GmbH", Optional.of(81), "Köln (DE)", "pharma,biotech",
                    "EU,US", false, true, "headcount");
            Path pdf2 = tmp.resolve("landscape-3.pdf");
            l.landscape().export(pdf2, ProgressMonitor.NONE);
            try (PDDocument doc = Loader.loadPDF(pdf2.toFile())) {
                assertThat(new PDFTextStripper().getText(doc)).contains("no longer valid");
            }
        }
    }
}
