package org.compliancebridge.service;

import org.compliancebridge.domain.port.BundledCatalogues;
import org.compliancebridge.domain.port.CatalogueReader;
import org.compliancebridge.domain.port.ReportWriter;

/**
 * The services of step 1 for one session, sharing one catalogue service (and so one search index). Built by the
 * composition root; the step's ViewModels and the dashboard use it.
 */
public final class LandscapeServices {
    private final Session session;
    private final CatalogueService catalogues;
    private final CrosswalkService crosswalk;
    private final SystemInventoryService systems;
    private final ApplicabilityService applicability;
    private final OrganisationService organisation;
    private final LandscapeService landscape;
    private final ReportWriter reportWriter;

    public LandscapeServices(Session session, CatalogueReader reader, BundledCatalogues bundled, ReportWriter writer) {
        this.session = session;
        this.catalogues = new CatalogueService(session, reader, bundled);
        this.crosswalk = new CrosswalkService(session);
        this.systems = new SystemInventoryService(session);
        this.applicability = new ApplicabilityService(session, catalogues);
        this.organisation = new OrganisationService(session);
        this.landscape = new LandscapeService(session, catalogues, writer);
        this.reportWriter = writer;
    }

    public Session session() {
        return session;
    }

    public CatalogueService catalogues() {
        return catalogues;
    }

    public CrosswalkService crosswalk() {
        return crosswalk;
    }

    public SystemInventoryService systems() {
        return systems;
    }

    public ApplicabilityService applicability() {
        return applicability;
    }

    public OrganisationService organisation() {
        return organisation;
    }

    /** DOCX/PDF renderer shared by the steps' documents. */
    public ReportWriter reportWriter() {
        return reportWriter;
    }

    public LandscapeService landscape() {
        return landscape;
    }

    /** Signatures of the organisation profile (and other signable records). */
    public SignatureService signatures() {
        return new SignatureService(session, Signables.standard());
    }
}
