package org.compliancebridge.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.compliancebridge.domain.AuditDraft;
import org.compliancebridge.domain.AuditEventType;
import org.compliancebridge.domain.InvalidInputException;
import org.compliancebridge.domain.OrganisationProfile;
import org.compliancebridge.domain.landscape.Catalogue;
import org.compliancebridge.domain.landscape.ComputerisedSystem;
import org.compliancebridge.domain.landscape.FrameworkDecision;
import org.compliancebridge.domain.landscape.FrameworkProposal;
import org.compliancebridge.domain.landscape.GxpImpact;
import org.compliancebridge.domain.landscape.Market;
import org.compliancebridge.domain.landscape.ProposalLevel;
import org.compliancebridge.domain.landscape.Sector;

/**
 * Which frameworks apply. The app proposes each framework with a reason derived from the organisation profile and the
 * system inventory; the user confirms or overrides (an override needs a justification). The confirmed selection is
 * what steps 2-6 work on ({@link #confirmedFrameworks()}).
 */
public final class ApplicabilityService {
    public static final String PART11 = "cfr-part11";
    public static final String ANNEX11 = "eu-gmp-annex11-2011";
    public static final String ANNEX11_DRAFT = "eu-gmp-annex11-2025-draft";
    public static final String ISO27001 = "iso27001-2022";
    public static final String CSF = "nist-csf-2.0";
    public static final String HIPAA = "hipaa-security-rule";
    public static final String GDPR = "gdpr";
    public static final String FDA_PREMARKET = "fda-premarket-cybersecurity";
    public static final String IMDRF = "imdrf-n60";
    private final Session session;
    private final CatalogueService catalogues;

    public ApplicabilityService(Session session, CatalogueService catalogues) {
        this.session = session;
        this.catalogues = catalogues;
    }

    /** Where the selection stands. */
    public enum State { NOT_CONFIRMED, CONFIRMED, NEEDS_REVIEW }

    /** The state, and for {@link State#NEEDS_REVIEW} what changed since the selection was confirmed. */
    public record Status(State state, List<String> reviewReasons, int applicableCount) {
    }

    /** A user's choice for one framework. */
    public record Choice(String frameworkId, boolean applicable, String justification) {
    }

    /** Proposals for every catalogue in the workspace, in catalogue order. */
    public List<FrameworkProposal> proposals() {
        OrganisationProfile p = session.writes().read(tx -> tx.organisation().get());
        List<ComputerisedSystem> systems = session.writes().read(tx -> tx.systems().all()).stream()
                .filter(ComputerisedSystem::active).toList();
        return propose(p, systems, catalogues.orderedCatalogues());
    }

    /** The rules, as a pure function of profile, active systems and catalogues present. */
    public static List<FrameworkProposal> propose(OrganisationProfile profile, List<ComputerisedSystem> systems,
            List<Catalogue> present) {
        Set<Sector> sectors = Sector.parse(profile.sectors());
        Set<Market> markets = Market.parse(profile.markets());
        boolean us = markets.contains(Market.US);
        boolean eu = markets.contains(Market.EU);
        boolean device = sectors.contains(Sector.MEDICAL_DEVICE);
        boolean medicinal = sectors.contains(Sector.PHARMA) || sectors.contains(Sector.BIOTECH);
        List<ComputerisedSystem> part11Systems = systems.stream().filter(ComputerisedSystem::part11Relevant).toList();
        long gxpSystems = systems.stream().filter(s -> s.gxpImpact() != GxpImpact.LOW).count();
        List<FrameworkProposal> out = new ArrayList<>();
        for (Catalogue c : present) {
            String id = c.frameworkId();
            FrameworkProposal fp = switch (id) {
                case PART11 -> {
                    if (!us) {
                        yield new FrameworkProposal(id, ProposalLevel.NOT_PROPOSED, "No US market in the profile:"
                                + " 21 CFR Part 11 (FDA) does not apply.");
                    }
                    if (sectors.isEmpty()) {
                        yield new FrameworkProposal(id, ProposalLevel.OPTIONAL, "US market, but no FDA-regulated"
                                + " sector is selected in the profile.");
                    }
                    if (part11Systems.isEmpty()) {
                        yield new FrameworkProposal(id, ProposalLevel.OPTIONAL, "US market, but no system in the"
                                + " inventory is marked Part 11 relevant. Part 11 applies to records and signatures"
                                + " that FDA predicate rules require and that are kept electronically: mark the"
                                + " systems concerned, or confirm that there are none.");
                    }
                    yield new FrameworkProposal(id, ProposalLevel.REQUIRED, "Products for the US market and "
                            + part11Systems.size() + " system(s) marked Part 11 relevant (" + names(part11Systems)
                            + ") → 21 CFR Part 11 applies to their electronic records and signatures.");
                }
                case ANNEX11 -> {
                    if (!eu) {
                        yield new FrameworkProposal(id, ProposalLevel.NOT_PROPOSED, "No EU market in the profile:"
                                + " EU GMP Annex 11 does not apply.");
                    }
                    if (medicinal) {
                        yield new FrameworkProposal(id, ProposalLevel.REQUIRED, "Medicinal products ("
                                + sectorLabels(sectors) + ") for the EU market → EU GMP Annex 11 applies to"
                                + " computerised systems used in GMP-regulated activities" + (gxpSystems > 0
                                ? " (" + gxpSystems + " system(s) with medium or high GxP impact)." : "."));
                    }
                    if (device) {
                        yield new FrameworkProposal(id, ProposalLevel.OPTIONAL, "EU market for medical devices only:"
                                + " Annex 11 belongs to EU GMP for medicinal products; for devices (MDR, ISO 13485)"
                                + " it is useful good practice, not an obligation.");
                    }
                    yield new FrameworkProposal(id, ProposalLevel.NOT_PROPOSED, "EU market, but no GMP-regulated"
                            + " sector is selected in the profile.");
                }
                case ANNEX11_DRAFT -> eu && medicinal
                        ? new FrameworkProposal(id, ProposalLevel.OPTIONAL, "Draft revision of Annex 11 (consultation"
                        + " July 2025), not in force: useful to prepare for the revised requirements.")
                        : new FrameworkProposal(id, ProposalLevel.NOT_PROPOSED, "Draft revision of Annex 11, not in"
                        + " force; relevant only where Annex 11 applies.");
                case ISO27001 -> new FrameworkProposal(id, ProposalLevel.RECOMMENDED, "ISMS backbone: the other"
                        + " frameworks are mapped to ISO/IEC 27001:2022, so one set of controls can serve all of"
                        + " them.");
                case CSF -> new FrameworkProposal(id, ProposalLevel.OPTIONAL, "Optional outcome framework for"
                        + " cybersecurity governance and reporting, often asked for by US partners and customers.");
                case HIPAA -> profile.handlesPhi()
                        ? new FrameworkProposal(id, ProposalLevel.REQUIRED, "Handles protected health information"
                        + " (PHI) → HIPAA Security Rule, where the organisation is a covered entity or business"
                        + " associate (confirm the role, e.g. through business associate agreements).")
                        : new FrameworkProposal(id, ProposalLevel.NOT_PROPOSED, "The profile says no protected"
                        + " health information (PHI) is handled.");
                case GDPR -> profile.handlesEuPersonalData()
                        ? new FrameworkProposal(id, ProposalLevel.REQUIRED, "Processes personal data of people in"
                        + " the EU (e.g. patients, trial participants, employees) → GDPR (Art. 5, 25, 32-35 are"
                        + " catalogued).")
                        : new FrameworkProposal(id, ProposalLevel.NOT_PROPOSED, "The profile says no personal data"
                        + " of people in the EU is processed.");
                case FDA_PREMARKET -> {
                    if (device && us) {
                        yield new FrameworkProposal(id, ProposalLevel.REQUIRED, "Medical devices sold in the US → FDA"
                                + " premarket cybersecurity guidance and FD&C Act section 524B (cyber devices).");
                    }
                    if (device) {
                        yield new FrameworkProposal(id, ProposalLevel.OPTIONAL, "Medical devices, but no US market:"
                                + " FDA's premarket cybersecurity expectations apply to US submissions only.");
                    }
                    yield new FrameworkProposal(id, ProposalLevel.NOT_PROPOSED, "No medical devices in the profile.");
                }
                case IMDRF -> device
                        ? new FrameworkProposal(id, ProposalLevel.RECOMMENDED, "Medical device manufacturer → IMDRF"
                        + " N60, the internationally agreed principles for device cybersecurity over the whole"
                        + " product life cycle.")
                        : new FrameworkProposal(id, ProposalLevel.NOT_PROPOSED, "No medical devices in the profile.");
                default -> new FrameworkProposal(id, ProposalLevel.NOT_PROPOSED, "Imported catalogue: the app makes"
                        + " no proposal; decide whether it applies.");
            };
            out.add(fp);
        }
        return out;
    }

    private static String names(List<ComputerisedSystem> systems) {
        String all = systems.stream().map(ComputerisedSystem::name).limit(4).collect(Collectors.joining(", "));
        return systems.size() > 4 ? all + ", …" : all;
    }

    private static String sectorLabels(Set<Sector> sectors) {
        return sectors.stream().filter(s -> s != Sector.MEDICAL_DEVICE).map(s -> s.label().toLowerCase(
                java.util.Locale.ROOT)).collect(Collectors.joining(", "));
    }

    public List<FrameworkDecision> decisions() {
        return session.writes().read(tx -> tx.applicability().decisions());
    }

    /**
     * Confirms the selection: one decision per framework present, each stored with the proposal it answers. A
     * decision that departs from the proposal needs a justification; every new or changed decision is audited.
     */
    public List<FrameworkDecision> confirm(List<Choice> choices) {
        List<FrameworkProposal> proposals = proposals();
        Map<String, Choice> byId = new LinkedHashMap<>();
        for (Choice c : choices) {
            byId.put(c.frameworkId(), c);
        }
        for (FrameworkProposal p : proposals) {
            Choice c = byId.get(p.frameworkId());
            if (c == null) {
                throw new InvalidInputException("Decide for every framework: " + p.frameworkId() + " is missing.");
            }
            if (c.applicable() != p.proposed() && (c.justification() == null || c.justification().isBlank())) {
                throw new InvalidInputException("Justify why " + p.frameworkId() + " is " + (c.applicable()
                        ? "applicable although the app does not propose it" : "not applicable although the app"
                        + " proposes it") + ".");
            }
            if (c.justification() != null && c.justification().strip().length() > 4000) {
                throw new InvalidInputException("A justification can have at most 4,000 characters.");
            }
        }
        return session.writes().write(session.actor(), ctx -> {
            Map<String, FrameworkDecision> before = new LinkedHashMap<>();
            ctx.tx().applicability().decisions().forEach(d -> before.put(d.frameworkId(), d));
            Instant now = session.clock().instant();
            List<FrameworkDecision> out = new ArrayList<>();
            for (FrameworkProposal p : proposals) {
                Choice c = byId.get(p.frameworkId());
                String justification = c.justification() == null ? "" : c.justification().strip();
                FrameworkDecision old = before.get(p.frameworkId());
                FrameworkDecision d = new FrameworkDecision(p.frameworkId(), c.applicable(), p.level(), p.reason(),
                        justification, now, session.account().userId());
                if (old != null && old.applicable() == d.applicable() && old.justification().equals(justification)
                        && old.proposalLevel() == d.proposalLevel()
                        && old.proposalReason().equals(d.proposalReason())) {
                    out.add(old);
                    continue;
                }
                ctx.tx().applicability().put(d);
                ctx.record(AuditDraft.of(AuditEventType.FRAMEWORK_DECISION_CONFIRMED, "FRAMEWORK_DECISION",
                        p.frameworkId(), old == null ? null : describe(old), describe(d))
                        .withReason(d.overridesProposal() ? justification : justification.isEmpty()
                                ? "confirmed as proposed" : justification));
                out.add(d);
            }
            if (out.stream().allMatch(d -> before.get(d.frameworkId()) == d)) {
                throw new InvalidInputException("Nothing was changed: the selection is confirmed as it stands.");
            }
            return out;
        });
    }

    private static String describe(FrameworkDecision d) {
        return AuditValues.json(AuditValues.of("applicable", d.applicable(), "proposal", d.proposalLevel().name(),
                "proposalReason", d.proposalReason(), "justification", d.justification()));
    }

    /** Frameworks confirmed as applicable, in catalogue order: the scope of steps 2-6. */
    public List<String> confirmedFrameworks() {
        Set<String> applicable = decisions().stream().filter(FrameworkDecision::applicable)
                .map(FrameworkDecision::frameworkId).collect(Collectors.toSet());
        return catalogues.orderedCatalogues().stream().map(Catalogue::frameworkId).filter(applicable::contains)
                .toList();
    }

    /** Whether the selection is confirmed and still matches what the app would propose now. */
    public Status status() {
        return status(decisions(), proposals());
    }

    public static Status status(List<FrameworkDecision> decisions, List<FrameworkProposal> proposals) {
        if (decisions.isEmpty()) {
            return new Status(State.NOT_CONFIRMED, List.of(), 0);
        }
        Map<String, FrameworkDecision> byId = decisions.stream().collect(Collectors.toMap(
                FrameworkDecision::frameworkId, d -> d));
        List<String> reasons = new ArrayList<>();
        for (FrameworkProposal p : proposals) {
            FrameworkDecision d = byId.get(p.frameworkId());
            if (d == null) {
                reasons.add(p.frameworkId() + ": not decided yet (new catalogue)");
            } else if (d.proposalLevel() != p.level()) {
                reasons.add(p.frameworkId() + ": the proposal changed since it was confirmed (now "
                        + p.level().label().toLowerCase(java.util.Locale.ROOT) + ")");
            }
        }
        int applicable = (int) decisions.stream().filter(FrameworkDecision::applicable).count();
        return new Status(reasons.isEmpty() ? State.CONFIRMED : State.NEEDS_REVIEW, reasons, applicable);
    }
}
