package org.compliancebridge.ui.common;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.compliancebridge.domain.RecordRef;
import org.compliancebridge.service.SignatureService;
import org.compliancebridge.service.SignatureStatus;

/**
 * State of a signature panel and its "Sign…" dialog for one record (which may change, e.g. the selected account).
 * Any signable record plugs in by giving its {@link RecordRef}.
 */
public final class SignaturesViewModel {
    private final SignatureService signatures;
    private final Supplier<Optional<RecordRef>> record;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    public final ObservableList<SignatureStatus> rows = FXCollections.observableArrayList();
    public final ObservableList<String> meanings = FXCollections.observableArrayList();
    public final StringProperty meaning = new SimpleStringProperty();
    public final StringProperty userId = new SimpleStringProperty("");
    public final StringProperty password = new SimpleStringProperty("");
    public final StringProperty problem = new SimpleStringProperty("");
    public final BooleanProperty needsUserId = new SimpleBooleanProperty(true);
    public final BooleanProperty busy = new SimpleBooleanProperty();
    public final BooleanProperty hasRecord = new SimpleBooleanProperty();

    public SignaturesViewModel(SignatureService signatures, Supplier<Optional<RecordRef>> record, TaskRunner tasks,
            DialogService dialogs) {
        this.signatures = signatures;
        this.record = record;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    public void refresh() {
        Optional<RecordRef> r = record.get();
        hasRecord.set(r.isPresent());
        if (r.isEmpty()) {
            rows.clear();
            return;
        }
        tasks.run("Checking signatures", () -> signatures.signatures(r.get()), rows::setAll,
                t -> ErrorMessages.report(dialogs, "Checking signatures", t));
    }

    /** Prepares the dialog: meanings, whether the user ID is needed (first signature of the session). */
    public void prepareDialog() {
        problem.set("");
        password.set("");
        userId.set("");
        needsUserId.set(signatures.needsUserId());
        tasks.run("Loading meanings", signatures::meanings, m -> {
            meanings.setAll(m);
            if (meaning.get() == null || !m.contains(meaning.get())) {
                meaning.set(m.get(0));
            }
        }, t -> ErrorMessages.report(dialogs, "Loading signature meanings", t));
    }

    /** Applies the signature; {@code onSigned} runs when it is stored. Wrong credentials keep the dialog open. */
    public void sign(Runnable onSigned) {
        Optional<RecordRef> r = record.get();
        if (r.isEmpty()) {
            return;
        }
        if (password.get().isEmpty() || (needsUserId.get() && userId.get().isBlank())) {
            problem.set(needsUserId.get() ? "Enter your user ID and password to sign." : "Enter your password to"
                    + " sign.");
            return;
        }
        char[] pw = password.get().toCharArray();
        password.set("");
        String m = meaning.get();
        Optional<String> id = needsUserId.get() ? Optional.of(userId.get()) : Optional.empty();
        busy.set(true);
        tasks.run("Signing", () -> signatures.sign(r.get(), m, id, pw), s -> {
            busy.set(false);
            problem.set("");
            refresh();
            onSigned.run();
        }, t -> {
            busy.set(false);
            if (ErrorMessages.isExpected(t)) {
                problem.set(t.getMessage());
            } else {
                ErrorMessages.report(dialogs, "Signing", t);
            }
        });
    }
}
