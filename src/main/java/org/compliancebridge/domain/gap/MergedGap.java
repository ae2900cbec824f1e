package org.compliancebridge.domain.gap;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Gaps of one scope that the crosswalk ties together, so one fix addresses all of them: "fixing ISO 27001 A.8.15
 * addresses Part 11 11.10(e) and Annex 11 9". {@code anchor} is the item to fix (the ISMS control when there is
 * one); {@code addressed} are the other gaps it covers.
 */
public record MergedGap(Scope scope, GapRow anchor, List<GapRow> addressed, Optional<Priority> priority,
        Optional<LocalDate> due, List<String> actions) {

    public MergedGap {
        addressed = List.copyOf(addressed);
        actions = List.copyOf(actions);
    }

    public List<GapRow> all() {
        java.util.ArrayList<GapRow> all = new java.util.ArrayList<>();
        all.add(anchor);
        all.addAll(addressed);
        return all;
    }

    /** The sentence shown in the gap view and the report. */
    public String sentence() {
        String a = anchor.frameworkName() + " " + anchor.item().itemId();
        if (addressed.isEmpty()) {
            return "Fixing " + a + " (" + anchor.item().title() + ") closes this gap.";
        }
        StringBuilder b = new StringBuilder("Fixing ").append(a).append(" addresses ");
        for (int i = 0; i < addressed.size(); i++) {
            GapRow r = addressed.get(i);
            if (i > 0) {
                b.append(i == addressed.size() - 1 ? " and " : ", ");
            }
            b.append(r.frameworkName()).append(' ').append(r.item().itemId());
        }
        return b.append('.').toString();
    }
}
