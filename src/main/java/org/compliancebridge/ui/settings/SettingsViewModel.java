package org.compliancebridge.ui.settings;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.compliancebridge.domain.Account;
import org.compliancebridge.domain.InvalidInputException;
import org.compliancebridge.domain.Role;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.service.AccountService;
import org.compliancebridge.service.Session;
import org.compliancebridge.ui.common.DialogService;
import org.compliancebridge.ui.common.ErrorMessages;
import org.compliancebridge.ui.common.TaskRunner;

/** Accounts, password change, inactivity lock and appearance. */
public final class SettingsViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private final Session session;
    private final AccountService accounts;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    /** One row of the accounts table. */
    public record AccountRow(String userId, String fullName, String role, String status, String created,
            String lastSignIn) {
    }

    public final ObservableList<AccountRow> rows = FXCollections.observableArrayList();
    public final BooleanProperty busy = new SimpleBooleanProperty();
    public final IntegerProperty lockMinutes = new SimpleIntegerProperty();
    public final BooleanProperty darkTheme = new SimpleBooleanProperty();

    // Add-account form
    public final StringProperty newUserId = new SimpleStringProperty("");
    public final StringProperty newFullName = new SimpleStringProperty("");
    public final SimpleObjectProperty<Role> newRole = new SimpleObjectProperty<>(Role.CONTRIBUTOR);
    public final StringProperty newPassword = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper addProblem = new ReadOnlyStringWrapper("");

    // Change-password form
    public final StringProperty currentPassword = new SimpleStringProperty("");
    public final StringProperty changedPassword = new SimpleStringProperty("");
    public final StringProperty changedRepeat = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper changeProblem = new ReadOnlyStringWrapper("");

    /** One row of the certificates table. */
    public record CertificateRow(String keyId, String userId, String subject, String fingerprint, String validUntil,
            String status) {
    }

    public final ObservableList<CertificateRow> certificates = FXCollections.observableArrayList();
    public final ObservableList<String> meanings = FXCollections.observableArrayList();
    public final StringProperty newMeaning = new SimpleStringProperty("");
    public final SimpleObjectProperty<AccountRow> selectedAccount = new SimpleObjectProperty<>();
    public final StringProperty organisationSummary = new SimpleStringProperty("");

    public SettingsViewModel(Session session, TaskRunner tasks, DialogService dialogs) {
        this.session = session;
        this.accounts = new AccountService(session);
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    public boolean isAdministrator() {
        return session.account().isAdministrator();
    }

    public String me() {
        return session.account().userId().value();
    }

    public ReadOnlyStringProperty addProblemProperty() {
        return addProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty changeProblemProperty() {
        return changeProblem.getReadOnlyProperty();
    }

    public void refresh() {
        var signatureService = new org.compliancebridge.service.SignatureService(session,
                org.compliancebridge.service.Signables.standard());
        var organisation = new org.compliancebridge.service.OrganisationService(session);
        tasks.run("Loading accounts", () -> new Loaded(accounts.accounts(), session.lockAfterMinutes(),
                accounts.certificates(), signatureService.meanings(), organisation.profile()), l -> {
                    rows.setAll(l.accounts().stream().map(this::row).toList());
                    lockMinutes.set(l.lockMinutes());
                    certificates.setAll(l.certificates().stream().map(c -> new CertificateRow(c.keyId(), c.userId(),
                            c.info().subject(), c.info().sha256Fingerprint(),
                            WHEN.format(c.info().notAfter().atZone(session.zone())),
                            c.active() ? "Active" : "Retired (verifies earlier signatures)")).toList());
                    meanings.setAll(l.meanings());
                    var p = l.profile();
                    organisationSummary.set(p.name() + p.employees().map(n -> " · " + n + " employees").orElse("")
                            + (p.sites().isBlank() ? "" : " · sites: " + p.sites())
                            + (p.sectors().isBlank() ? "" : " · sectors: " + p.sectors())
                            + (p.markets().isBlank() ? "" : " · markets: " + p.markets())
                            + "\nLast changed " + WHEN.format(p.updatedAt().atZone(session.zone())) + " by "
                            + p.updatedBy());
                }, t -> ErrorMessages.report(dialogs, "Loading accounts", t));
    }

    private record Loaded(List<Account> accounts, int lockMinutes, List<AccountService.Certificate> certificates,
            List<String> meanings, org.compliancebridge.domain.OrganisationProfile profile) {
    }

    /** Writes the selected certificate as PEM. */
    public void exportCertificate(CertificateRow row, java.nio.file.Path target) {
        tasks.run("Exporting certificate", () -> {
            java.nio.file.Files.writeString(target, accounts.certificatePem(row.keyId()));
            return target;
        }, p -> dialogs.showInfo("Certificate exported", "The certificate of " + row.userId() + " was saved as "
                + p + ". Inspectors can check exported signatures against it, e.g. with openssl."),
                t -> ErrorMessages.report(dialogs, "Exporting the certificate", t));
    }

    public void addMeaning() {
        String m = newMeaning.get();
        var signatureService = new org.compliancebridge.service.SignatureService(session,
                org.compliancebridge.service.Signables.standard());
        tasks.run("Adding meaning", () -> {
            signatureService.addMeaning(m);
            return m;
        }, ok -> {
            newMeaning.set("");
            refresh();
        }, t -> ErrorMessages.report(dialogs, "Adding the signature meaning", t));
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public Session session() {
        return session;
    }

    /** Signatures of the organisation profile (a signable record). */
    public org.compliancebridge.ui.common.SignaturesViewModel organisationSignatures() {
        var ref = java.util.Optional.of(new org.compliancebridge.domain.RecordRef(
                org.compliancebridge.domain.OrganisationProfile.RECORD_TYPE,
                org.compliancebridge.domain.OrganisationProfile.RECORD_ID));
        return new org.compliancebridge.ui.common.SignaturesViewModel(new org.compliancebridge.service
                .SignatureService(session, org.compliancebridge.service.Signables.standard()), () -> ref, tasks,
                dialogs);
    }

    /** Signatures of the account selected in the table. */
    public org.compliancebridge.ui.common.SignaturesViewModel accountSignatures() {
        return new org.compliancebridge.ui.common.SignaturesViewModel(new org.compliancebridge.service
                .SignatureService(session, org.compliancebridge.service.Signables.standard()),
                () -> java.util.Optional.ofNullable(selectedAccount.get()).map(r -> new org.compliancebridge.domain
                        .RecordRef(org.compliancebridge.service.Signables.ACCOUNT, r.userId())), tasks, dialogs);
    }

    private AccountRow row(Account a) {
        return new AccountRow(a.userId().value(), a.fullName(), a.role().label(),
                a.active() ? (a.mustChangePassword() ? "Active (must change password)" : "Active")
                        : "Deactivated " + a.deactivatedAt().map(t -> WHEN.format(t.atZone(session.zone()))).orElse(""),
                WHEN.format(a.createdAt().atZone(session.zone())) + " by " + a.createdBy(),
                a.lastLoginAt().map(t -> WHEN.format(t.atZone(session.zone()))).orElse("never"));
    }

    /** Adds the account from the form; returns false (with a message) if the input is not acceptable. */
    public void addAccount(Runnable onDone) {
        addProblem.set("");
        UserId id;
        try {
            id = UserId.of(newUserId.get());
        } catch (InvalidInputException e) {
            addProblem.set(e.getMessage());
            return;
        }
        var problem = session.passwordPolicy().problem(id, newPassword.get().toCharArray());
        if (problem.isPresent()) {
            addProblem.set("Initial password: " + problem.get());
            return;
        }
        if (newFullName.get().isBlank()) {
            addProblem.set("Enter the person's full name as printed on signatures.");
            return;
        }
        char[] pw = newPassword.get().toCharArray();
        busy.set(true);
        tasks.run("Adding account", () -> accounts.addAccount(id, newFullName.get(), newRole.get(), pw), a -> {
            busy.set(false);
            newUserId.set("");
            newFullName.set("");
            newPassword.set("");
            refresh();
            onDone.run();
        }, t -> {
            busy.set(false);
            if (ErrorMessages.isExpected(t)) {
                addProblem.set(t.getMessage());
            } else {
                ErrorMessages.report(dialogs, "Adding the account", t);
            }
        });
    }

    public void deactivate(AccountRow row) {
        if (row == null) {
            return;
        }
        dialogs.askReason("Deactivate " + row.userId(), "Why is the account of " + row.fullName() + " being"
                + " deactivated? The reason is recorded in the audit trail. The account and its history are kept; the"
                + " user ID can never be used again.").ifPresent(reason -> {
                    busy.set(true);
                    tasks.run("Deactivating", () -> accounts.deactivate(UserId.of(row.userId()), reason), a -> {
                        busy.set(false);
                        refresh();
                    }, t -> {
                        busy.set(false);
                        ErrorMessages.report(dialogs, "Deactivating the account", t);
                    });
                });
    }

    public void changePassword(Runnable onDone) {
        changeProblem.set("");
        if (!changedPassword.get().equals(changedRepeat.get())) {
            changeProblem.set("The two new passwords differ.");
            return;
        }
        var problem = session.passwordPolicy().problem(session.account().userId(), changedPassword.get()
                .toCharArray());
        if (problem.isPresent()) {
            changeProblem.set(problem.get());
            return;
        }
        char[] cur = currentPassword.get().toCharArray();
        char[] next = changedPassword.get().toCharArray();
        busy.set(true);
        tasks.run("Changing password", () -> {
            accounts.changeOwnPassword(cur, next);
            return null;
        }, ok -> {
            busy.set(false);
            currentPassword.set("");
            changedPassword.set("");
            changedRepeat.set("");
            refresh();
            onDone.run();
        }, t -> {
            busy.set(false);
            if (ErrorMessages.isExpected(t)) {
                changeProblem.set(t.getMessage());
            } else {
                ErrorMessages.report(dialogs, "Changing the password", t);
            }
        });
    }

    public void saveLockMinutes(int minutes) {
        tasks.run("Saving", () -> {
            session.setLockAfterMinutes(minutes);
            return minutes;
        }, lockMinutes::set, t -> ErrorMessages.report(dialogs, "Saving the lock time", t));
    }
}
