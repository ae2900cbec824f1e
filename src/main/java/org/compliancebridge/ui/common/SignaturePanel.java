package org.compliancebridge.ui.common;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.compliancebridge.service.SignatureStatus;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * Shows a record's electronic signatures with their manifestation (printed name, meaning, date and time with zone)
 * and state, and offers the standard "Sign…" dialog.
 */
public final class SignaturePanel {
    private final SignaturesViewModel vm;
    private final VBox root = new VBox(6);

    public SignaturePanel(SignaturesViewModel vm, String idPrefix) {
        this.vm = vm;
        Label title = new Label("Electronic signatures");
        title.getStyleClass().add(Styles.TITLE_4);
        Button sign = new Button("Sign…", new FontIcon(MaterialDesignS.SIGNATURE_FREEHAND));
        sign.setId(idPrefix + "SignButton");
        sign.disableProperty().bind(vm.hasRecord.not());
        sign.setOnAction(e -> showDialog());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(8, title, grow, sign);
        head.setAlignment(Pos.CENTER_LEFT);
        ListView<SignatureStatus> list = new ListView<>(vm.rows);
        list.setId(idPrefix + "Signatures");
        list.setPrefHeight(110);
        list.setPlaceholder(new Label("Not signed."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SignatureStatus s, boolean empty) {
                super.updateItem(s, empty);
                getStyleClass().removeAll("signature-valid", "signature-invalid");
                if (empty || s == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                FontIcon icon = new FontIcon(s.valid() ? MaterialDesignC.CHECK_DECAGRAM
                        : MaterialDesignA.ALERT_DECAGRAM);
                icon.getStyleClass().add(s.valid() ? Styles.SUCCESS : Styles.DANGER);
                setGraphic(icon);
                setText(s.manifestation() + (s.valid() ? "" : "\n" + s.explanation()));
                getStyleClass().add(s.valid() ? "signature-valid" : "signature-invalid");
            }
        });
        root.getChildren().addAll(head, list);
        root.setId(idPrefix + "SignaturePanel");
    }

    public Parent root() {
        return root;
    }

    private void showDialog() {
        vm.prepareDialog();
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(root.getScene().getWindow());
        d.setTitle("Sign");
        d.setHeaderText("Apply your electronic signature");
        ComboBox<String> meaning = new ComboBox<>(vm.meanings);
        meaning.setId("signMeaning");
        meaning.valueProperty().bindBidirectional(vm.meaning);
        TextField user = new TextField();
        user.setId("signUserId");
        user.textProperty().bindBidirectional(vm.userId);
        PasswordField pw = new PasswordField();
        pw.setId("signPassword");
        pw.textProperty().bindBidirectional(vm.password);
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.addRow(0, new Label("Meaning"), meaning);
        Label userLabel = new Label("User ID");
        userLabel.visibleProperty().bind(vm.needsUserId);
        user.visibleProperty().bind(vm.needsUserId);
        g.addRow(1, userLabel, user);
        g.addRow(2, new Label("Password"), pw);
        Label statement = new Label("Your signature is the legally binding equivalent of your handwritten signature"
                + " (21 CFR 11.100(c)). It records your printed name, the date and time and the meaning, and is bound"
                + " to the record's current content: any later change shows it as no longer valid.");
        statement.setWrapText(true);
        statement.getStyleClass().add(Styles.TEXT_MUTED);
        Label problem = new Label();
        problem.setId("signProblem");
        problem.textProperty().bind(vm.problem);
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        VBox content = new VBox(12, g, statement, problem);
        content.setPrefWidth(480);
        d.getDialogPane().setContent(content);
        ButtonType signType = new ButtonType("Sign", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, signType);
        Button ok = (Button) d.getDialogPane().lookupButton(signType);
        ok.setId("signConfirm");
        ok.disableProperty().bind(vm.busy);
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            vm.sign(() -> d.setResult(signType));
        });
        d.setOnShown(e -> (vm.needsUserId.get() ? user : pw).requestFocus());
        d.showAndWait();
        vm.password.set("");
    }
}
