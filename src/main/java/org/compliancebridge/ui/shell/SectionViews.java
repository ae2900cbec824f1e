package org.compliancebridge.ui.shell;

import javafx.scene.Node;

/** Builds the content of a section for the signed-in session; wired in the composition root. */
public interface SectionViews {
    Node create(Section section, ShellViewModel shell);
}
