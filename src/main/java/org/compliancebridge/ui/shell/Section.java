package org.compliancebridge.ui.shell;

import javafx.scene.input.KeyCode;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/** The main window's sections, in navigation order, with their keyboard shortcut (Ctrl + key). */
public enum Section {
    DASHBOARD("Dashboard", MaterialDesignV.VIEW_DASHBOARD_OUTLINE, KeyCode.DIGIT1,
            "Where the workspace stands."),
    LANDSCAPE("1 · Regulatory landscape", MaterialDesignE.EARTH, KeyCode.DIGIT2,
            "Company profile and system inventory, applicable frameworks, the requirement catalogues (Part 11,"
                    + " Annex 11, ISO/IEC 27001, NIST CSF, HIPAA, GDPR, FDA premarket cybersecurity, IMDRF) and the"
                    + " crosswalk between them; the regulatory landscape document."),
    GAP_ANALYSIS("2 · Gap analysis", MaterialDesignM.MAGNIFY_SCAN, KeyCode.DIGIT3,
            "Assess every applicable requirement per organisation or system, run workshops with the keyboard, keep"
                    + " an action plan, and export or re-import the Excel compliance matrix."),
    STRATEGY("3 · Integrated strategy", MaterialDesignS.SITEMAP_OUTLINE, KeyCode.DIGIT4,
            "Define one integrated control set that satisfies several frameworks, with roles, objectives and the"
                    + " policy list."),
    CONTROLS("4 · Controls & SOPs", MaterialDesignS.SHIELD_CHECK_OUTLINE, KeyCode.DIGIT5,
            "Track control implementation; SOPs and policies under document control with review and approval"
                    + " signatures; training matrix and read-and-understood records."),
    MONITORING("5 · Monitoring & audits", MaterialDesignC.CLIPBOARD_CHECK_OUTLINE, KeyCode.DIGIT6,
            "Audit programme and schedule, internal audits and findings, and the monitoring log (access reviews,"
                    + " audit-trail reviews, backup-restore tests, KPIs)."),
    IMPROVEMENT("6 · Continuous improvement", MaterialDesignT.TRENDING_UP, KeyCode.DIGIT7,
            "CAPA and improvement register fed by findings, incidents and regulatory change; management review."),
    RISKS("Risks", MaterialDesignA.ALERT_OUTLINE, KeyCode.DIGIT8,
            "Risk register: confidentiality, integrity, availability and patient/device-safety impact, likelihood"
                    + " × severity, treatment and residual risk."),
    SUPPLIERS("Suppliers", MaterialDesignT.TRUCK_OUTLINE, KeyCode.DIGIT9,
            "Supplier and third-party management: criticality, GxP relevance, assessments, quality agreements,"
                    + " DPA/BAA and review dates."),
    AUDIT_TRAIL("Audit trail", MaterialDesignH.HISTORY, KeyCode.DIGIT0,
            "Every change with who, what, when and why; filters, export and chain verification."),
    SETTINGS("Settings", MaterialDesignC.COG_OUTLINE, KeyCode.COMMA,
            "Accounts, session lock, appearance.");

    private final String title;
    private final Ikon icon;
    private final KeyCode shortcut;
    private final String purpose;

    Section(String title, Ikon icon, KeyCode shortcut, String purpose) {
        this.title = title;
        this.icon = icon;
        this.shortcut = shortcut;
        this.purpose = purpose;
    }

    public String title() {
        return title;
    }

    public Ikon icon() {
        return icon;
    }

    public KeyCode shortcut() {
        return shortcut;
    }

    public String purpose() {
        return purpose;
    }

    public String shortcutLabel() {
        return "Ctrl+" + (shortcut == KeyCode.COMMA ? "," : shortcut.getName().replace("Digit", "").trim());
    }
}
