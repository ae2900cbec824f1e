package org.compliancebridge.ui.step.gap;

import java.util.Objects;
import javafx.event.Event;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.compliancebridge.domain.gap.AssessmentStatus;
import org.compliancebridge.ui.common.Views;

/**
 * Workshop mode on its own full-screen stage, so the laptop can put it on the projector: one requirement, large type,
 * keys only. Esc leaves (full-screen exit is ours, not JavaFX's own Esc handling, so one key press is enough).
 * Key presses count as activity for the main window's inactivity lock; when the session locks, the workshop closes.
 */
final class WorkshopView {
    private final WorkshopViewModel vm;
    private final Stage stage = new Stage();
    private final Window owner;
    private final TextArea notes = new TextArea();
    private boolean swallowTyped;

    WorkshopView(WorkshopViewModel vm, Window owner) {
        this.vm = vm;
        this.owner = owner;
        stage.initOwner(owner);
        stage.setTitle("ComplianceBridge — workshop");
        Scene scene = new Scene(content(), 1280, 800);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        scene.getStylesheets().add(Objects.requireNonNull(WorkshopView.class.getResource("gap.css"))
                .toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        // N (or 5) opens the notes editor; its own KEY_TYPED must not land in it.
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setOnHidden(e -> {
            if (vm.open.get()) {
                vm.stop();
            }
        });
        vm.open.addListener((o, a, b) -> {
            if (!b && stage.isShowing()) {
                stage.hide();
            }
        });
        vm.editingNotes.addListener((o, a, b) -> {
            if (b) {
                notes.requestFocus();
                notes.positionCaret(notes.getLength());
            } else {
                stage.getScene().getRoot().requestFocus();
            }
        });
    }

    Stage stage() {
        return stage;
    }

    void show() {
        stage.setFullScreen(true);
        stage.show();
        stage.toFront();
        stage.getScene().getRoot().requestFocus();
    }

    private javafx.scene.Parent content() {
        Label position = Views.bound("workshopPosition", vm.position);
        position.getStyleClass().add("workshop-counter");
        Label counter = Views.bound("workshopCounter", vm.counter);
        counter.getStyleClass().add("workshop-counter");
        ProgressBar bar = new ProgressBar();
        bar.setId("workshopProgress");
        bar.progressProperty().bind(vm.progress);
        bar.setPrefHeight(18);
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        HBox top = new HBox(32, position, bar, counter);
        top.setAlignment(Pos.CENTER_LEFT);

        Label heading = Views.bound("workshopHeading", vm.heading);
        heading.getStyleClass().add("workshop-heading");
        Label title = Views.bound("workshopTitle", vm.title);
        title.getStyleClass().add("workshop-title");
        Label requirement = Views.bound("workshopRequirement", vm.requirement);
        requirement.getStyleClass().add("workshop-requirement");
        Label guidance = Views.bound("workshopGuidance", vm.guidance);
        guidance.getStyleClass().add("workshop-guidance");
        guidance.managedProperty().bind(vm.guidance.isNotEmpty());
        guidance.visibleProperty().bind(guidance.managedProperty());
        Label links = Views.bound("workshopLinks", vm.links);
        links.getStyleClass().add("workshop-links");
        VBox text = new VBox(18, heading, title, requirement, guidance, links);
        ScrollPane scroll = new ScrollPane(text);
        scroll.setFitToWidth(true);
        scroll.setStyle("-fx-background-color: transparent; -fx-background: transparent;");
        scroll.setFocusTraversable(false);

        Label answer = new Label();
        answer.setId("workshopAnswer");
        answer.getStyleClass().add("workshop-answer");
        answer.setWrapText(true);
        answer.textProperty().bind(vm.answer);
        vm.status.addListener((o, a, b) -> {
            for (AssessmentStatus s : AssessmentStatus.values()) {
                answer.getStyleClass().remove(StatusStyles.styleClass(s));
            }
            if (b != null) {
                answer.getStyleClass().add(StatusStyles.styleClass(b));
            }
        });
        Label message = Views.bound("workshopMessage", vm.message);
        message.getStyleClass().add("workshop-message");
        notes.setId("workshopNotes");
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        notes.textProperty().bindBidirectional(vm.notesDraft);
        notes.managedProperty().bind(vm.editingNotes);
        notes.visibleProperty().bind(vm.editingNotes);
        Label keys = new Label("1 Not assessed · 2 Compliant · 3 Partially · 4 Not compliant · 5 Not applicable\n"
                + "←/→ PgUp/PgDn move · N notes · Esc leave");
        keys.setWrapText(true);
        keys.setMinHeight(Region.USE_PREF_SIZE);
        keys.getStyleClass().add("workshop-keys");
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        VBox bottom = new VBox(14, answer, notes, message, keys);

        BorderPane root = new BorderPane(scroll);
        root.setTop(top);
        root.setBottom(bottom);
        BorderPane.setMargin(scroll, new javafx.geometry.Insets(28, 0, 20, 0));
        root.getStyleClass().add("workshop");
        root.setId("workshopView");
        root.setFocusTraversable(true);
        return root;
    }

    private void key(KeyEvent e) {
        keepMainWindowAwake();
        swallowTyped = false;
        if (vm.editingNotes.get()) {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.cancelNotes();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                vm.saveNotes();
                e.consume();
            }
            return;
        }
        switch (e.getCode()) {
            case DIGIT1, NUMPAD1, DIGIT2, NUMPAD2, DIGIT3, NUMPAD3, DIGIT4, NUMPAD4, DIGIT5, NUMPAD5 -> {
                String t = e.getCode().getName();
                AssessmentStatus.ofKey(t.charAt(t.length() - 1)).ifPresent(vm::setStatus);
            }
            case RIGHT, DOWN -> vm.next();
            case LEFT, UP -> vm.previous();
            case PAGE_DOWN -> vm.pageForward();
            case PAGE_UP -> vm.pageBack();
            case HOME -> vm.go(0);
            case END -> vm.go(vm.size() - 1);
            case N -> vm.editNotes();
            case ESCAPE, F11 -> vm.stop();
            default -> {
                return;
            }
        }
        swallowTyped = true;
        e.consume();
    }

    /**
     * The inactivity lock watches the main window's scene only; a workshop at the projector is activity too, so each
     * key press here is reported there as a mouse move (which the lock watch counts and nothing else reacts to).
     */
    private void keepMainWindowAwake() {
        if (owner.getScene() != null && owner.getScene().getRoot() != null) {
            Event.fireEvent(owner.getScene().getRoot(), new MouseEvent(MouseEvent.MOUSE_MOVED, 0, 0, 0, 0,
                    MouseButton.NONE, 0, false, false, false, false, false, false, false, false, false, false, null));
        }
    }
}
