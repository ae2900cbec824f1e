package org.compliancebridge.domain.port;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.landscape.CrosswalkLink;

/** Crosswalk links of the workspace (active and retired) and the bundled crosswalk files already loaded. */
public interface CrosswalkRepository {
    List<CrosswalkLink> all();

    List<CrosswalkLink> active();

    Optional<CrosswalkLink> find(UUID linkId);

    void insert(List<CrosswalkLink> links);

    void update(CrosswalkLink link);

    /** File name to SHA-256 of every bundled crosswalk file loaded. */
    Map<String, String> loadedSources();

    void recordSource(String fileName, String sha256, int rows, Instant at, UserId by);
}
