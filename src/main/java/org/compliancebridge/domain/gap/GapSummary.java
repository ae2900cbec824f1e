package org.compliancebridge.domain.gap;

import java.util.List;

/** Figures for the dashboard and the report: per framework and scope, per section (heat map), and actions. */
public record GapSummary(List<Cell> byFrameworkAndScope, List<SectionCell> bySection, int openActions,
        int overdueActions, int derivedAwaitingReview) {

    public GapSummary {
        byFrameworkAndScope = List.copyOf(byFrameworkAndScope);
        bySection = List.copyOf(bySection);
    }

    /** Counts of one framework in one scope. */
    public record Cell(String frameworkId, String frameworkName, Scope scope, Counts counts) {
    }

    /**
     * Gaps of one section of a framework, over all scopes: the heat map's cells. {@code assessed} counts the
     * requirement-scope pairs assessed as compliant, partially or not compliant; {@code requirements} all applicable
     * pairs (not applicable left out).
     */
    public record SectionCell(String frameworkId, String frameworkName, String section, int gaps, int notCompliant,
            int assessed, int requirements) {
        /** Share of the assessed pairs that are gaps (0..1); 0 when nothing is assessed yet. */
        public double gapShare() {
            return assessed == 0 ? 0 : (double) gaps / assessed;
        }
    }

    public record Counts(int compliant, int partial, int notCompliant, int notApplicable, int notAssessed) {
        public static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

        public int total() {
            return compliant + partial + notCompliant + notApplicable + notAssessed;
        }

        public int assessed() {
            return total() - notAssessed;
        }

        /**
         * Compliant share of the assessed, applicable requirements: compliant / (compliant + partially + not
         * compliant), 0..1. Not applicable and not assessed are left out; the same figure as the matrix's Summary.
         */
        public double compliance() {
            int applicable = compliant + partial + notCompliant;
            return applicable == 0 ? 0 : (double) compliant / applicable;
        }

        public Counts plus(AssessmentStatus s) {
            return switch (s) {
                case COMPLIANT -> new Counts(compliant + 1, partial, notCompliant, notApplicable, notAssessed);
                case PARTIALLY_COMPLIANT -> new Counts(compliant, partial + 1, notCompliant, notApplicable,
                        notAssessed);
                case NOT_COMPLIANT -> new Counts(compliant, partial, notCompliant + 1, notApplicable, notAssessed);
                case NOT_APPLICABLE -> new Counts(compliant, partial, notCompliant, notApplicable + 1, notAssessed);
                case NOT_ASSESSED -> new Counts(compliant, partial, notCompliant, notApplicable, notAssessed + 1);
            };
        }

        public Counts plus(Counts o) {
            return new Counts(compliant + o.compliant, partial + o.partial, notCompliant + o.notCompliant,
                    notApplicable + o.notApplicable, notAssessed + o.notAssessed);
        }
    }
}
