package org.compliancebridge.domain.demo;

import java.util.List;
import java.util.Objects;

/**
 * The demo workspace: a fictional company with its people, systems, framework decisions, a half-done gap analysis
 * and an action plan. Dates are relative ({@code dueInDays}) so that the demo looks the same whenever it is created:
 * the loader turns them into dates counted from the day it creates the workspace.
 */
public record DemoData(DemoCompany company, List<DemoPerson> people, List<DemoSystem> systems,
        List<DemoDecision> decisions, List<DemoAssessment> assessments, List<DemoAction> actions) {
    /** The scope name used in the files for the organisation as a whole; any other scope names a system. */
    public static final String ORGANISATION_SCOPE = "ORG";

    public DemoData {
        Objects.requireNonNull(company);
        people = List.copyOf(people);
        systems = List.copyOf(systems);
        decisions = List.copyOf(decisions);
        assessments = List.copyOf(assessments);
        actions = List.copyOf(actions);
    }
}
