package org.compliancebridge.service;

/** The application version printed into exports ("development build" when not run from the packaged jar). */
public final class AppVersion {
    private AppVersion() {
    }

    public static String current() {
        String v = AppVersion.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }
}
