package org.compliancebridge.domain.landscape;

/** A guidance or note attached to an item (e.g. FDA's 2003 Scope and Application enforcement-discretion notes). */
public record Guidance(String title, String prose) {
}
