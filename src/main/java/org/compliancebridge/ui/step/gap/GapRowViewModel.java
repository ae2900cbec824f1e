package org.compliancebridge.ui.step.gap;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.compliancebridge.domain.gap.Assessment;
import org.compliancebridge.domain.gap.AssessmentKey;
import org.compliancebridge.domain.gap.AssessmentStatus;
import org.compliancebridge.domain.gap.GapRow;
import org.compliancebridge.domain.gap.Priority;
import org.compliancebridge.domain.landscape.Guidance;

/**
 * One line of the assessment grid. The row is replaced in place when its assessment changes, so the table keeps its
 * order and selection. The lower-case search text is computed once per change, not per keystroke, which keeps the
 * text filter fast at 10,000 rows.
 */
public final class GapRowViewModel {
    /** The row as shown; its status may run ahead of the stored one while a status change is being saved. */
    public final ObjectProperty<GapRow> row = new SimpleObjectProperty<>();
    private String searchText = "";
    /** A status typed while another change of this row is still being saved (sent when that one is done). */
    AssessmentStatus pendingStatus;
    boolean saving;

    public GapRowViewModel(GapRow r) {
        set(r);
    }

    void set(GapRow r) {
        row.set(r);
        StringBuilder b = new StringBuilder(256).append(r.item().itemId()).append('\n').append(r.item().title())
                .append('\n').append(r.item().statement()).append('\n').append(r.assessment().notes()).append('\n')
                .append(r.assessment().evidence()).append('\n').append(r.frameworkName());
        searchText = b.toString().toLowerCase(Locale.ROOT);
    }

    /** Shows a status at once, before the service has stored it. */
    void showStatus(AssessmentStatus s) {
        GapRow r = row.get();
        Assessment a = r.assessment();
        set(with(r, new Assessment(a.key(), s, a.evidence(), a.owner(), a.priority(), a.due(), a.notes(),
                a.derivedFrom(), a.version(), a.changedAt(), a.changedBy())));
    }

    static GapRow with(GapRow r, Assessment a) {
        return new GapRow(r.item(), r.frameworkName(), r.section(), r.scope(), a, r.links(), r.evidenceFiles());
    }

    String searchText() {
        return searchText;
    }

    public GapRow get() {
        return row.get();
    }

    public AssessmentKey key() {
        return row.get().key();
    }

    public Assessment assessment() {
        return row.get().assessment();
    }

    public AssessmentStatus status() {
        return assessment().status();
    }

    public String frameworkName() {
        return row.get().frameworkName();
    }

    public String itemId() {
        return row.get().item().itemId();
    }

    public String title() {
        return row.get().item().title();
    }

    public String section() {
        return row.get().section();
    }

    public String owner() {
        return assessment().owner();
    }

    public Optional<Priority> priority() {
        return assessment().priority();
    }

    public Optional<LocalDate> due() {
        return assessment().due();
    }

    /** "Framework ID" as cited, e.g. "Part 11 11.10(e)". */
    public String label() {
        return frameworkName() + " " + itemId();
    }

    /** Requirement text followed by guidance, for the detail pane and workshop mode. */
    public String guidanceText() {
        StringBuilder b = new StringBuilder();
        for (Guidance g : row.get().item().guidance()) {
            if (b.length() > 0) {
                b.append("\n\n");
            }
            if (g.title() != null && !g.title().isBlank()) {
                b.append(g.title()).append(": ");
            }
            b.append(g.prose());
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return label();
    }
}
