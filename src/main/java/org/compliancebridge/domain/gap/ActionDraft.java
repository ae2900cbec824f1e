package org.compliancebridge.domain.gap;

import java.time.LocalDate;
import java.util.List;
import org.compliancebridge.domain.UserId;

/** What a person enters for a new action or a change of one (status changes have their own operations). */
public record ActionDraft(String title, String description, UserId owner, LocalDate due, Priority priority,
        List<AssessmentKey> gaps) {
    public ActionDraft {
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
        gaps = gaps == null ? List.of() : List.copyOf(gaps);
    }
}
