package org.compliancebridge.domain.port;

import java.util.Map;
import java.util.Optional;

/** Workspace-wide settings as text values. */
public interface SettingsRepository {
    Optional<String> get(String key);

    void put(String key, String value);

    Map<String, String> all();
}
