package org.compliancebridge.ui.step.landscape;

import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.compliancebridge.domain.landscape.ItemRef;
import org.compliancebridge.service.LandscapeService;
import org.compliancebridge.service.LandscapeServices;
import org.compliancebridge.ui.common.DialogService;
import org.compliancebridge.ui.common.ErrorMessages;
import org.compliancebridge.ui.common.TaskRunner;

/**
 * Step 1, regulatory landscape: the parent of its pages (profile, systems, frameworks, catalogues, crosswalk,
 * document). Owns which page is shown, the step's progress line, and navigation between pages (a crosswalk row opens
 * the item in the catalogue browser). Each page owns its own state and validation.
 */
public final class LandscapeViewModel {
    /** The pages of the step, in wizard order. */
    public enum Page { PROFILE, SYSTEMS, FRAMEWORKS, CATALOGUES, CROSSWALK, DOCUMENT }

    private final LandscapeServices services;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    public final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.PROFILE);
    public final StringProperty progressText = new SimpleStringProperty("");
    public final ProfileViewModel profile;
    public final SystemsViewModel systems;
    public final FrameworksViewModel frameworks;
    public final CatalogueBrowserViewModel browser;
    public final CrosswalkViewModel crosswalk;
    public final DocumentViewModel document;

    /**
     * @param uiThread runs progress updates on the UI thread ({@code Platform::runLater} in the app, direct in tests)
     */
    public LandscapeViewModel(LandscapeServices services, TaskRunner tasks, DialogService dialogs, Executor uiThread) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        Runnable changed = this::changed;
        this.profile = new ProfileViewModel(services, tasks, dialogs, changed);
        this.systems = new SystemsViewModel(services, tasks, dialogs, changed);
        this.frameworks = new FrameworksViewModel(services, tasks, dialogs, changed);
        // A new catalogue can be a crosswalk target; a crosswalk change shows in the browser's link lists.
        this.browser = new CatalogueBrowserViewModel(services, tasks, dialogs, uiThread, this::cataloguesChanged);
        this.crosswalk = new CrosswalkViewModel(services, tasks, dialogs, this::openInBrowser,
                this::crosswalkChanged);
        this.document = new DocumentViewModel(services, tasks, dialogs, uiThread, changed);
    }

    /** Loads every page's data (in the background). */
    public void load() {
        profile.load();
        systems.load();
        frameworks.load();
        browser.load();
        crosswalk.load();
        refreshProgress();
    }

    /** Something changed on one page: proposals, coverage and progress may change with it. */
    private void changed() {
        frameworks.load();
        refreshProgress();
    }

    private void cataloguesChanged() {
        changed();
        crosswalk.load();
    }

    private void crosswalkChanged() {
        changed();
        browser.load();
    }

    public void refreshProgress() {
        tasks.run("Step progress", () -> services.landscape().progress(), (LandscapeService.Progress p) -> {
            progressText.set(p.summary());
            document.showProgress(p);
        }, t -> ErrorMessages.report(dialogs, "Loading the step's progress", t));
    }

    /** Shows an item in the catalogue browser. */
    public void openInBrowser(ItemRef ref) {
        page.set(Page.CATALOGUES);
        browser.show(ref);
    }
}
