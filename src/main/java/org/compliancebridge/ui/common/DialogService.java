package org.compliancebridge.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** All dialogs go through here, so ViewModels stay testable and dialogs look and behave the same everywhere. */
public interface DialogService {
    /** An expected operational failure: a short, specific message saying what to do. */
    void showProblem(String title, String message);

    void showInfo(String title, String message);

    /** An unexpected failure (a bug): a stable error code and copyable details. */
    void showInternalError(String code, String summary, String details);

    boolean confirm(String title, String message, String confirmLabel);

    /** Asks for a mandatory reason text (recorded in the audit trail); empty if cancelled. */
    Optional<String> askReason(String title, String prompt);

    Optional<Path> chooseFolder(String title, Path initial);

    Optional<Path> chooseSaveFile(String title, String suggestedName, String extensionDescription, String extension);

    /** Asks for an existing file to open (e.g. a catalogue to import); empty if cancelled. */
    default Optional<Path> chooseOpenFile(String title, String extensionDescription, String extension) {
        return Optional.empty();
    }
}
