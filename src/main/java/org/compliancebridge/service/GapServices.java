package org.compliancebridge.service;

/**
 * The services of step 2 for one session, built by the composition root on top of step 1's (catalogues, crosswalk,
 * framework selection). The step's ViewModels, the dashboard and the CLI use it.
 */
public final class GapServices {
    private final LandscapeServices landscape;
    private final GapService gaps;
    private final ActionService actions;
    private final MatrixService matrix;
    private final GapReportService report;

    public GapServices(LandscapeServices landscape, org.compliancebridge.domain.port.MatrixWorkbooks workbooks) {
        this.landscape = landscape;
        this.gaps = new GapService(landscape.session(), landscape.catalogues(), landscape.applicability());
        this.actions = new ActionService(landscape.session(), gaps);
        this.matrix = new MatrixService(landscape.session(), gaps, actions, workbooks);
        this.report = new GapReportService(landscape.session(), gaps, actions, landscape.organisation(),
                landscape.signatures(), landscape.reportWriter());
    }

    public Session session() {
        return landscape.session();
    }

    public LandscapeServices landscape() {
        return landscape;
    }

    public GapService gaps() {
        return gaps;
    }

    public ActionService actions() {
        return actions;
    }

    public MatrixService matrix() {
        return matrix;
    }

    public GapReportService report() {
        return report;
    }

    /** Signatures of gap assessments (per scope) and the action plan, like every signable record. */
    public SignatureService signatures() {
        return landscape.signatures();
    }
}
