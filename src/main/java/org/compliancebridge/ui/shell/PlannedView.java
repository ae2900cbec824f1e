package org.compliancebridge.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** An honest placeholder: the section is planned and not built yet. Nothing on it pretends to work. */
public final class PlannedView {
    private PlannedView() {
    }

    public static Parent of(Section section) {
        FontIcon icon = new FontIcon(section.icon());
        icon.setIconSize(48);
        icon.getStyleClass().add(Styles.TEXT_MUTED);
        Label title = new Label(section.title());
        title.getStyleClass().add(Styles.TITLE_2);
        Label status = new Label("Planned — not built yet");
        status.setId("plannedLabel");
        status.getStyleClass().addAll(Styles.WARNING, Styles.TITLE_4);
        Label purpose = new Label("What this section will do: " + section.purpose());
        purpose.setWrapText(true);
        purpose.setMaxWidth(640);
        Label note = new Label("This version of ComplianceBridge does not include it yet. Nothing you do elsewhere is"
                + " lost: it will build on the same workspace.");
        note.setWrapText(true);
        note.setMaxWidth(640);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        VBox v = new VBox(14, icon, title, status, purpose, note);
        v.setPadding(new Insets(40));
        v.setId("planned-" + section.name());
        return v;
    }
}
