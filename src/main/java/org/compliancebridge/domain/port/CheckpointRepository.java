package org.compliancebridge.domain.port;

import java.util.List;
import java.util.Optional;
import org.compliancebridge.domain.Checkpoint;

/** Signed checkpoints of the audit chain head kept in the database (a copy of each is in the checkpoint file). */
public interface CheckpointRepository {
    void insert(Checkpoint checkpoint);

    Optional<Checkpoint> newest();

    List<Checkpoint> all();
}
