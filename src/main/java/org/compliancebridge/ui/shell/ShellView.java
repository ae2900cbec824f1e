package org.compliancebridge.ui.shell;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/** Main window content: navigation, the current section, status bar, and the lock screen on top when locked. */
public final class ShellView {
    private final ShellViewModel vm;
    private final Function<Section, Node> sections;
    private final StackPane root = new StackPane();
    private final BorderPane main = new BorderPane();
    private final ListView<Section> nav = new ListView<>();

    public ShellView(ShellViewModel vm, Function<Section, Node> sections) {
        this.vm = vm;
        this.sections = sections;
        build();
    }

    public Parent root() {
        return root;
    }

    private void build() {
        root.setId("shellView");
        nav.setId("navigation");
        nav.getItems().setAll(Section.values());
        nav.setPrefWidth(250);
        nav.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Section s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                } else {
                    setText(s.title());
                    FontIcon icon = new FontIcon(s.icon());
                    icon.setIconSize(18);
                    setGraphic(icon);
                    setTooltip(new Tooltip(s.title() + "  (" + s.shortcutLabel() + ")"));
                    setId("nav-" + s.name());
                }
            }
        });
        nav.getSelectionModel().select(vm.section.get());
        nav.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.navigate(b);
            }
        });
        vm.section.addListener((o, a, b) -> {
            nav.getSelectionModel().select(b);
            show(b);
        });
        main.setLeft(nav);
        show(vm.section.get());
        main.setBottom(statusBar());
        root.getChildren().addAll(main, lockScreen());
        main.disableProperty().bind(vm.locked);
    }

    private void show(Section s) {
        Node content = sections.apply(s);
        content.getStyleClass().add("section-content");
        main.setCenter(content);
    }

    private HBox statusBar() {
        Label ws = new Label(vm.workspaceLabel());
        ws.setId("statusWorkspace");
        ws.setGraphic(new FontIcon("mdi2f-folder-lock-outline"));
        Label user = new Label(vm.userLabel());
        user.setId("statusUser");
        user.setGraphic(new FontIcon("mdi2a-account-outline"));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button lock = new Button("Lock", new FontIcon(MaterialDesignL.LOCK_OUTLINE));
        lock.setId("lockButton");
        lock.setTooltip(new Tooltip("Lock the session (Ctrl+L)"));
        lock.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        lock.setOnAction(e -> vm.lock("locked by user"));
        Button signOut = new Button("Sign out");
        signOut.setId("signOutButton");
        signOut.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        signOut.setOnAction(e -> vm.signOut());
        HBox bar = new HBox(14, ws, new Separator(javafx.geometry.Orientation.VERTICAL), user, grow, lock, signOut);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private Node lockScreen() {
        Label title = new Label("Session locked");
        title.getStyleClass().add(Styles.TITLE_2);
        FontIcon icon = new FontIcon(MaterialDesignL.LOCK_OUTLINE);
        icon.setIconSize(48);
        Label who = new Label("Signed in as " + vm.userLabel() + ". Enter your password to continue.");
        who.setWrapText(true);
        PasswordField pw = new PasswordField();
        pw.setId("unlockPasswordField");
        pw.textProperty().bindBidirectional(vm.unlockPassword);
        pw.setMaxWidth(320);
        pw.setOnAction(e -> vm.unlock());
        Label problem = new Label();
        problem.setId("unlockProblemLabel");
        problem.textProperty().bind(vm.unlockProblem);
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        Button unlock = new Button("Unlock");
        unlock.setId("unlockButton");
        unlock.setDefaultButton(true);
        unlock.getStyleClass().add(Styles.ACCENT);
        unlock.disableProperty().bind(vm.busy.or(vm.unlockPassword.isEmpty()));
        unlock.setOnAction(e -> vm.unlock());
        Button other = new Button("Sign out (switch user)");
        other.setId("switchUserButton");
        other.disableProperty().bind(vm.busy);
        other.setOnAction(e -> vm.signOut());
        ProgressIndicator spin = new ProgressIndicator();
        spin.setPrefSize(20, 20);
        spin.visibleProperty().bind(vm.busy);
        HBox buttons = new HBox(8, unlock, other, spin);
        buttons.setAlignment(Pos.CENTER);
        VBox card = new VBox(14, icon, title, who, pw, problem, buttons);
        card.setAlignment(Pos.CENTER);
        card.setMaxSize(460, 340);
        card.setPadding(new Insets(28));
        card.getStyleClass().add("lock-card");
        StackPane cover = new StackPane(card);
        cover.setId("lockScreen");
        cover.getStyleClass().add("lock-cover");
        cover.visibleProperty().bind(vm.locked);
        vm.locked.addListener((o, a, b) -> {
            if (b) {
                pw.requestFocus();
            }
        });
        return cover;
    }

    /** Ctrl+1..0 and Ctrl+, navigate; Ctrl+L locks. */
    public void installShortcuts(Scene scene) {
        for (Section s : Section.values()) {
            scene.getAccelerators().put(new KeyCodeCombination(s.shortcut(), KeyCombination.SHORTCUT_DOWN),
                    () -> vm.navigate(s));
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                () -> vm.lock("locked by user"));
    }

    public void removeShortcuts(Scene scene) {
        scene.getAccelerators().clear();
    }
}
