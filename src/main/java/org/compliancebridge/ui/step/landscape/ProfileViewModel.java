package org.compliancebridge.ui.step.landscape;

import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.compliancebridge.domain.OrganisationProfile;
import org.compliancebridge.domain.RecordRef;
import org.compliancebridge.domain.landscape.Market;
import org.compliancebridge.domain.landscape.Sector;
import org.compliancebridge.service.LandscapeService;
import org.compliancebridge.service.LandscapeServices;
import org.compliancebridge.service.SignatureStatus;
import org.compliancebridge.ui.common.DialogService;
import org.compliancebridge.ui.common.ErrorMessages;
import org.compliancebridge.ui.common.TaskRunner;

/** The organisation profile page: what the company is, where it sells, what data it handles. */
public final class ProfileViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private final LandscapeServices services;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Runnable onChanged;

    public final StringProperty name = new SimpleStringProperty("");
    public final StringProperty employees = new SimpleStringProperty("");
    public final StringProperty sites = new SimpleStringProperty("");
    public final BooleanProperty pharma = new SimpleBooleanProperty();
    public final BooleanProperty biotech = new SimpleBooleanProperty();
    public final BooleanProperty medicalDevice = new SimpleBooleanProperty();
    public final BooleanProperty us = new SimpleBooleanProperty();
    public final BooleanProperty eu = new SimpleBooleanProperty();
    public final BooleanProperty phi = new SimpleBooleanProperty();
    public final BooleanProperty euPersonalData = new SimpleBooleanProperty();

    public final StringProperty nameError = new SimpleStringProperty("");
    public final StringProperty employeesError = new SimpleStringProperty("");
    public final StringProperty sectorsError = new SimpleStringProperty("");
    public final StringProperty marketsError = new SimpleStringProperty("");
    public final StringProperty completeness = new SimpleStringProperty("");
    public final StringProperty lastChanged = new SimpleStringProperty("");
    public final StringProperty status = new SimpleStringProperty("");
    public final ObservableList<String> signatures = FXCollections.observableArrayList();
    public final BooleanProperty busy = new SimpleBooleanProperty();
    /** True when the fields differ from what is stored. */
    public final BooleanProperty dirty = new SimpleBooleanProperty();
    private OrganisationProfile loaded;
    private List<SignatureStatus> loadedSignatures = List.of();
    private boolean applying;

    /** The standard signature panel's state for the profile (Sign… dialog, manifestation, validity). */
    public final org.compliancebridge.ui.common.SignaturesViewModel signing;

    ProfileViewModel(LandscapeServices services, TaskRunner tasks, DialogService dialogs, Runnable onChanged) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        RecordRef profileRef = new RecordRef(OrganisationProfile.RECORD_TYPE, OrganisationProfile.RECORD_ID);
        this.signing = new org.compliancebridge.ui.common.SignaturesViewModel(services.signatures(),
                () -> java.util.Optional.of(profileRef), tasks, dialogs);
        // a signature applied through the panel must count when the profile is next saved (reason required)
        signing.rows.addListener((javafx.collections.ListChangeListener<SignatureStatus>) c ->
                loadedSignatures = List.copyOf(signing.rows));
        this.onChanged = onChanged;
        for (var p : List.of(name, employees, sites)) {
            p.addListener((o, a, b) -> fieldsChanged());
        }
        for (var p : List.of(pharma, biotech, medicalDevice, us, eu, phi, euPersonalData)) {
            p.addListener((o, a, b) -> fieldsChanged());
        }
    }

    private record Loaded(OrganisationProfile profile, List<SignatureStatus> signatures) {
    }

    public void load() {
        tasks.run("Loading the profile", () -> new Loaded(services.organisation().profile(),
                services.signatures().signatures(new RecordRef(OrganisationProfile.RECORD_TYPE,
                        OrganisationProfile.RECORD_ID))), l -> apply(l.profile(), l.signatures()),
                t -> ErrorMessages.report(dialogs, "Loading the organisation profile", t));
    }

    private void apply(OrganisationProfile p, List<SignatureStatus> sigs) {
        applying = true;
        loaded = p;
        loadedSignatures = sigs;
        name.set(p.name());
        employees.set(p.employees().map(String::valueOf).orElse(""));
        sites.set(p.sites());
        Set<Sector> sectors = Sector.parse(p.sectors());
        pharma.set(sectors.contains(Sector.PHARMA));
        biotech.set(sectors.contains(Sector.BIOTECH));
        medicalDevice.set(sectors.contains(Sector.MEDICAL_DEVICE));
        Set<Market> markets = Market.parse(p.markets());
        us.set(markets.contains(Market.US));
        eu.set(markets.contains(Market.EU));
        phi.set(p.handlesPhi());
        euPersonalData.set(p.handlesEuPersonalData());
        lastChanged.set("Last changed " + WHEN.format(p.updatedAt().atZone(services.session().zone())) + " by "
                + p.updatedBy());
        signing.refresh();
        signatures.setAll(sigs.stream().map(s -> s.manifestation() + (s.valid() ? "" : " — " + s.explanation()))
                .toList());
        List<String> missing = LandscapeService.missingFromProfile(p);
        completeness.set(missing.isEmpty() ? "The profile is complete." : "Still missing: " + String.join(", ",
                missing) + ".");
        applying = false;
        clearErrors();
        dirty.set(false);
    }

    private void clearErrors() {
        nameError.set("");
        employeesError.set("");
        sectorsError.set("");
        marketsError.set("");
    }

    private void fieldsChanged() {
        if (applying || loaded == null) {
            return;
        }
        dirty.set(true);
        validate(false);
    }

    Set<Sector> sectors() {
        Set<Sector> s = EnumSet.noneOf(Sector.class);
        if (pharma.get()) {
            s.add(Sector.PHARMA);
        }
        if (biotech.get()) {
            s.add(Sector.BIOTECH);
        }
        if (medicalDevice.get()) {
            s.add(Sector.MEDICAL_DEVICE);
        }
        return s;
    }

    Set<Market> markets() {
        Set<Market> m = EnumSet.noneOf(Market.class);
        if (us.get()) {
            m.add(Market.US);
        }
        if (eu.get()) {
            m.add(Market.EU);
        }
        return m;
    }

    /** Inline validation; with {@code submitting} also the "at least one" rules. Returns whether all is fine. */
    boolean validate(boolean submitting) {
        boolean ok = true;
        if (name.get().isBlank()) {
            nameError.set("Enter the organisation's name.");
            ok = false;
        } else if (name.get().strip().length() > 200) {
            nameError.set("At most 200 characters.");
            ok = false;
        } else {
            nameError.set("");
        }
        String e = employees.get().strip();
        if (!e.isEmpty() && (!e.matches("\\d{1,7}") || Integer.parseInt(e) < 1 || Integer.parseInt(e) > 1_000_000)) {
            employeesError.set("Enter the number of employees as a whole number (1 to 1,000,000), or leave it empty.");
            ok = false;
        } else {
            employeesError.set("");
        }
        if (submitting) {
            sectorsError.set(sectors().isEmpty() ? "Choose at least one sector: it decides which GxP rules apply."
                    : "");
            marketsError.set(markets().isEmpty() ? "Choose at least one market: it decides FDA and EU rules." : "");
            ok &= sectors().size() > 0 && markets().size() > 0;
        }
        return ok;
    }

    public void save() {
        status.set("");
        if (!validate(true)) {
            status.set("Correct the marked fields.");
            return;
        }
        Optional<String> reason = Optional.empty();
        boolean signed = loadedSignatures.stream().anyMatch(SignatureStatus::valid);
        if (signed) {
            reason = dialogs.askReason("Change the signed profile", "The organisation profile is signed. Saving"
                    + " the change makes the signature no longer valid; the profile must then be signed again. Why is"
                    + " the profile being changed? The reason is recorded in the audit trail.");
            if (reason.isEmpty()) {
                return;
            }
        }
        String why = reason.orElse(null);
        String e = employees.get().strip();
        Optional<Integer> emp = e.isEmpty() ? Optional.empty() : Optional.of(Integer.parseInt(e));
        busy.set(true);
        tasks.run("Saving the profile", () -> {
            services.organisation().update(name.get(), emp, sites.get(), Sector.format(sectors()),
                    Market.format(markets()), phi.get(), euPersonalData.get(), why);
            return new Loaded(services.organisation().profile(), services.signatures().signatures(
                    new RecordRef(OrganisationProfile.RECORD_TYPE, OrganisationProfile.RECORD_ID)));
        }, l -> {
            busy.set(false);
            apply(l.profile(), l.signatures());
            status.set("Saved. The change is recorded in the audit trail.");
            onChanged.run();
        }, t -> {
            busy.set(false);
            if (ErrorMessages.isExpected(t)) {
                status.set(t.getMessage());
            } else {
                ErrorMessages.report(dialogs, "Saving the organisation profile", t);
            }
        });
    }

    /** Discards unsaved edits. */
    public void revert() {
        if (loaded != null) {
            apply(loaded, loadedSignatures);
            status.set("");
        }
    }
}
