package org.compliancebridge.ui.step.landscape;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.compliancebridge.ui.common.DialogService;
import org.compliancebridge.ui.common.Views;
import org.compliancebridge.ui.step.landscape.LandscapeViewModel.Page;

/** Step 1 — regulatory landscape: the step's pages as tabs, in wizard order, with the step's progress on top. */
public final class LandscapeView {
    private final BorderPane root = new BorderPane();

    public LandscapeView(LandscapeViewModel vm, DialogService dialogs) {
        root.setId("landscapeView");
        root.getStylesheets().add(Objects.requireNonNull(LandscapeView.class.getResource("landscape.css"))
                .toExternalForm());
        VBox header = Views.stepHeader("1 · Regulatory landscape", "landscapeProgress", vm.progressText);

        TabPane tabs = new TabPane();
        tabs.setId("landscapeTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Map<Page, Tab> byPage = new EnumMap<>(Page.class);
        byPage.put(Page.PROFILE, tab("profileTab", "1 Company profile", ProfilePane.build(vm.profile)));
        byPage.put(Page.SYSTEMS, tab("systemsTab", "2 Systems", SystemsPane.build(vm.systems)));
        byPage.put(Page.FRAMEWORKS, tab("frameworksTab", "3 Frameworks", FrameworksPane.build(vm.frameworks)));
        byPage.put(Page.CATALOGUES, tab("cataloguesTab", "4 Catalogues", CataloguePane.build(vm.browser, dialogs)));
        byPage.put(Page.CROSSWALK, tab("crosswalkTab", "5 Crosswalk", CrosswalkPane.build(vm.crosswalk)));
        byPage.put(Page.DOCUMENT, tab("documentTab", "6 Document", DocumentPane.build(vm.document)));
        tabs.getTabs().setAll(byPage.values());
        tabs.getSelectionModel().select(byPage.get(vm.page.get()));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> byPage.forEach((p, t) -> {
            if (t == b) {
                vm.page.set(p);
            }
        }));
        vm.page.addListener((o, a, b) -> tabs.getSelectionModel().select(byPage.get(b)));
        root.setTop(header);
        root.setCenter(tabs);
        vm.load();
    }

    private static Tab tab(String id, String text, javafx.scene.Node content) {
        Tab t = new Tab(text, content);
        t.setId(id);
        return t;
    }

    public Parent root() {
        return root;
    }
}
