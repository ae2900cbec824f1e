package org.compliancebridge.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/**
 * Per-user UI preferences (recent workspace folders, window bounds, theme). Holds no workspace content: only folder
 * paths and numbers, stored with {@link Preferences}.
 */
public final class UiPreferences {
    private static final int MAX_RECENT = 8;
    private final Preferences prefs;

    public UiPreferences(Preferences prefs) {
        this.prefs = prefs;
    }

    public static UiPreferences forUser() {
        return new UiPreferences(Preferences.userRoot().node("org/compliancebridge/ui"));
    }

    public List<Path> recentWorkspaces() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String p = prefs.get("recent." + i, null);
            if (p != null) {
                out.add(Path.of(p));
            }
        }
        return out;
    }

    public void rememberWorkspace(Path folder) {
        List<Path> recent = recentWorkspaces();
        Path abs = folder.toAbsolutePath().normalize();
        recent.remove(abs);
        recent.add(0, abs);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < recent.size()) {
                prefs.put("recent." + i, recent.get(i).toString());
            } else {
                prefs.remove("recent." + i);
            }
        }
    }

    public boolean darkTheme() {
        return prefs.getBoolean("theme.dark", false);
    }

    public void setDarkTheme(boolean dark) {
        prefs.putBoolean("theme.dark", dark);
    }

    /** Window bounds as x, y, width, height, maximised; empty when never saved. */
    public double[] windowBounds() {
        double w = prefs.getDouble("window.w", -1);
        if (w <= 0) {
            return new double[0];
        }
        return new double[] {prefs.getDouble("window.x", 0), prefs.getDouble("window.y", 0), w,
                prefs.getDouble("window.h", 700), prefs.getBoolean("window.max", false) ? 1 : 0};
    }

    public void saveWindowBounds(double x, double y, double w, double h, boolean maximised) {
        prefs.putDouble("window.x", x);
        prefs.putDouble("window.y", y);
        prefs.putDouble("window.w", w);
        prefs.putDouble("window.h", h);
        prefs.putBoolean("window.max", maximised);
    }
}
