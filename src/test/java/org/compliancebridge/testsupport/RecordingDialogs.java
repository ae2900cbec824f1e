package org.compliancebridge.testsupport;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.compliancebridge.ui.common.DialogService;

/**
 * A {@link DialogService} for ViewModel tests: records what would be shown, answers reason prompts and confirmations
 * from what the test queued, and chooses no files.
 */
public final class RecordingDialogs implements DialogService {
    public final List<String> problems = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final Deque<String> reasons = new ArrayDeque<>();
    public boolean confirmAnswer = true;

    @Override
    public void showProblem(String title, String message) {
        problems.add(message);
    }

    @Override
    public void showInfo(String title, String message) {
    }

    @Override
    public void showInternalError(String code, String summary, String details) {
        errors.add(summary + "\n" + details);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        return confirmAnswer;
    }

    @Override
    public Optional<String> askReason(String title, String prompt) {
        return Optional.ofNullable(reasons.poll());
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String d, String e) {
        return Optional.empty();
    }
}
