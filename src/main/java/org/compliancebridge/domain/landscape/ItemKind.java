package org.compliancebridge.domain.landscape;

/** OSCAL groups organise a catalogue (chapters, functions, families); controls are the citable requirements. */
public enum ItemKind {
    GROUP,
    CONTROL
}
