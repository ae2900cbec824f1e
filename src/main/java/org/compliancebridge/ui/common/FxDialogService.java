package org.compliancebridge.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** JavaFX dialogs, owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    private Alert alert(Alert.AlertType type, String title, String text) {
        Alert a = new Alert(type);
        a.initOwner(owner.get());
        a.setTitle(title);
        a.setHeaderText(title);
        Label body = new Label(text);
        body.setWrapText(true);
        body.setMaxWidth(520);
        a.getDialogPane().setContent(body);
        return a;
    }

    @Override
    public void showProblem(String title, String message) {
        alert(Alert.AlertType.WARNING, title, message).showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public void showInternalError(String code, String summary, String details) {
        Alert a = alert(Alert.AlertType.ERROR, "Unexpected error " + code, summary);
        TextArea area = new TextArea(details);
        area.setEditable(false);
        area.setPrefRowCount(12);
        a.getDialogPane().setExpandableContent(area);
        ButtonType copy = new ButtonType("Copy details", ButtonBar.ButtonData.LEFT);
        a.getButtonTypes().add(copy);
        Button copyButton = (Button) a.getDialogPane().lookupButton(copy);
        copyButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(code + "\n" + summary + "\n\n" + details);
            Clipboard.getSystemClipboard().setContent(c);
            e.consume();
        });
        a.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, title, message);
        ButtonType ok = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        a.getButtonTypes().setAll(ButtonType.CANCEL, ok);
        return a.showAndWait().filter(ok::equals).isPresent();
    }

    @Override
    public Optional<String> askReason(String title, String prompt) {
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner.get());
        d.setTitle(title);
        d.setHeaderText(title);
        TextArea reason = new TextArea();
        reason.setId("reasonField");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        Label p = new Label(prompt);
        p.setWrapText(true);
        d.getDialogPane().setContent(new VBox(8, p, reason));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, ButtonType.OK);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(reason.textProperty().isEmpty());
        d.setResultConverter(b -> b == ButtonType.OK ? reason.getText().strip() : null);
        return d.showAndWait().filter(s -> !s.isBlank());
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle(title);
        if (initial != null && Files.isDirectory(initial)) {
            c.setInitialDirectory(initial.toFile());
        }
        File f = c.showDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String description, String extension) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(description, "*." + extension),
                new FileChooser.ExtensionFilter("All files", "*"));
        File f = c.showOpenDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String description, String extension) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.setInitialFileName(suggestedName);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        File f = c.showSaveDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }
}
