package org.compliancebridge.ui.shell;

import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.compliancebridge.domain.AuditEntry;
import org.compliancebridge.ui.common.Views;

/** Dialogs shown right after signing in: the new recovery key, and failed sign-in alerts for administrators. */
final class SignInDialogs {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx",
            Locale.ROOT);

    private SignInDialogs() {
    }

    static void showRecoveryKey(Window owner, String key) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Recovery key");
        d.setHeaderText("Write down or print this recovery key now");
        Label k = new Label(key);
        k.setId("recoveryKeyLabel");
        k.getStyleClass().addAll(Styles.TITLE_3, "monospace");
        // Never cut to "…": the key is useless unless every character shows; the dialog grows instead.
        k.setMinWidth(Region.USE_PREF_SIZE);
        Button copy = new Button("Copy to clipboard");
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(key);
            Clipboard.getSystemClipboard().setContent(c);
        });
        Label why = new Label("It opens this workspace if every password is lost. It is shown only this once and is"
                + " not stored anywhere in readable form. Keep it offline, e.g. in a sealed envelope in a safe.");
        why.setWrapText(true);
        CheckBox stored = new CheckBox("I have stored the recovery key safely");
        stored.setId("recoveryStoredCheck");
        copy.setMinWidth(Region.USE_PREF_SIZE);
        // The key on a line of its own: beside it, the button was squeezed to "…" when fonts ran wide.
        VBox content = new VBox(14, new VBox(8, k, copy), why, stored);
        // The explanation wraps at 560 px; the key line sets the width if it is wider.
        why.setPrefWidth(560);
        why.setMinHeight(Region.USE_PREF_SIZE);
        d.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType("Continue", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().add(ok);
        Button okButton = (Button) d.getDialogPane().lookupButton(ok);
        okButton.setId("recoveryContinueButton");
        okButton.disableProperty().bind(stored.selectedProperty().not());
        d.setOnCloseRequest(e -> {
            if (!stored.isSelected()) {
                e.consume();
            }
        });
        d.showAndWait();
    }

    /** Returns true if the administrator acknowledged the alerts. */
    static boolean showSecurityAlerts(Window owner, List<AuditEntry> failed, java.time.ZoneId zone) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Failed sign-in attempts");
        d.setHeaderText(failed.size() + " failed sign-in attempt(s) since an administrator last reviewed them");
        ListView<String> list = new ListView<>();
        list.setId("securityAlertsList");
        for (AuditEntry e : failed) {
            list.getItems().add(WHEN.format(e.occurredAt().atZone(zone)) + "   user ID '" + e.recordId() + "'   "
                    + (e.reason() == null ? "" : e.reason()));
        }
        list.setPrefHeight(220);
        Label note = new Label("21 CFR 11.300(d): attempts at unauthorised use are reported to management. If these"
                + " were not mistakes by colleagues, investigate. Acknowledging is recorded in the audit trail.");
        note.setWrapText(true);
        VBox content = new VBox(10, list, note);
        content.setPrefWidth(620);
        d.getDialogPane().setContent(content);
        Views.wideDialog(d);
        ButtonType ack = new ButtonType("Acknowledge", ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType("Remind me later", ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().addAll(later, ack);
        d.getDialogPane().lookupButton(ack).setId("acknowledgeAlertsButton");
        return d.showAndWait().filter(ack::equals).isPresent();
    }
}
