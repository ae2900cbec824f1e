package org.compliancebridge.domain.port;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.compliancebridge.domain.landscape.ComputerisedSystem;

/** The computerised-system inventory; systems are retired, never deleted. */
public interface SystemInventoryRepository {
    List<ComputerisedSystem> all();

    Optional<ComputerisedSystem> find(UUID systemId);

    void insert(ComputerisedSystem system);

    void update(ComputerisedSystem system);
}
