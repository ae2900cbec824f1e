package org.compliancebridge.ui.step.gap;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.compliancebridge.ui.common.Views;
import org.compliancebridge.ui.step.gap.GapAnalysisViewModel.Page;

/**
 * Step 2 — gap analysis: Assess (grid + detail), Gaps, Action plan, Matrix & report as tabs. Ctrl+F searches the grid,
 * F11 opens workshop mode. The workshop closes when the session locks; the lock listener is removed when the view is
 * left (it is attached to the shell's state, which outlives this view).
 */
public final class GapAnalysisView {
    private final BorderPane root = new BorderPane();
    private final GapAnalysisViewModel vm;
    private final AssessPane assess;
    private WorkshopView workshop;

    public GapAnalysisView(GapAnalysisViewModel vm, ObservableBooleanValue locked) {
        this.vm = vm;
        root.setId("gapAnalysisView");
        root.getStylesheets().add(Objects.requireNonNull(GapAnalysisView.class.getResource("gap.css"))
                .toExternalForm());
        VBox header = Views.stepHeader("2 · Gap analysis", "gapFrameworks", vm.frameworksText);

        assess = new AssessPane(vm, this::openWorkshop);
        Map<Page, Tab> byPage = new EnumMap<>(Page.class);
        byPage.put(Page.ASSESS, Views.tab("assessTab", "Assess", assess.root()));
        byPage.put(Page.GAPS, Views.tab("gapsTab", "Gaps", GapsPane.build(vm, () -> vm.page.set(Page.ACTIONS))));
        byPage.put(Page.ACTIONS, Views.tab("actionsTab", "Action plan", ActionPlanPane.build(vm.actions)));
        byPage.put(Page.MATRIX, Views.tab("matrixTab", "Matrix & report", MatrixPane.build(vm.matrix)));
        TabPane tabs = Views.pageTabs("gapTabs", byPage, vm.page);
        root.setTop(header);
        root.setCenter(tabs);

        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F && e.isShortcutDown()) {
                vm.page.set(Page.ASSESS);
                assess.focusSearch();
                e.consume();
            } else if (e.getCode() == KeyCode.F11 && vm.page.get() == Page.ASSESS) {
                openWorkshop();
                e.consume();
            }
        });
        ChangeListener<Boolean> onLock = (o, a, b) -> {
            if (b && vm.workshop.open.get()) {
                vm.workshop.stop();
            }
        };
        locked.addListener(onLock);
        root.sceneProperty().addListener((o, a, b) -> {
            if (b == null) {
                locked.removeListener(onLock);
                if (vm.workshop.open.get()) {
                    vm.workshop.stop();
                }
            }
        });
        // The grid takes the focus once its rows are there, so the arrows and digits work without a click.
        vm.assess.rows.addListener((javafx.beans.InvalidationListener) o -> {
            if (vm.page.get() == Page.ASSESS && root.getScene() != null && !assess.search.isFocused()
                    && !vm.workshop.open.get()) {
                javafx.application.Platform.runLater(assess::focusGrid);
            }
        });
        vm.load();
    }

    /** Opens workshop mode on the rows the grid shows, starting at the selected one. */
    void openWorkshop() {
        if (vm.workshop.open.get() || root.getScene() == null || !vm.workshop.start()) {
            return;
        }
        workshop = new WorkshopView(vm.workshop, root.getScene().getWindow());
        vm.workshop.open.addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean a, Boolean b) {
                if (!b) {
                    vm.workshop.open.removeListener(this);
                    assess.focusGrid();
                }
            }
        });
        workshop.show();
    }

    public Parent root() {
        return root;
    }
}
