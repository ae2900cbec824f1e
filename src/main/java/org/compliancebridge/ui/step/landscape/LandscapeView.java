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

        Map<Page, Tab> byPage = new EnumMap<>(Page.class);
        byPage.put(Page.PROFILE, Views.tab("profileTab", "1 Company profile", ProfilePane.build(vm.profile)));
        byPage.put(Page.SYSTEMS, Views.tab("systemsTab", "2 Systems", SystemsPane.build(vm.systems)));
        byPage.put(Page.FRAMEWORKS, Views.tab("frameworksTab", "3 Frameworks", FrameworksPane.build(vm.frameworks)));
        byPage.put(Page.CATALOGUES, Views.tab("cataloguesTab", "4 Catalogues",
                CataloguePane.build(vm.browser, dialogs)));
        byPage.put(Page.CROSSWALK, Views.tab("crosswalkTab", "5 Crosswalk", CrosswalkPane.build(vm.crosswalk)));
        byPage.put(Page.DOCUMENT, Views.tab("documentTab", "6 Document", DocumentPane.build(vm.document)));
        TabPane tabs = Views.pageTabs("landscapeTabs", byPage, vm.page);
        root.setTop(header);
        root.setCenter(tabs);
        vm.load();
    }

    public Parent root() {
        return root;
    }
}
