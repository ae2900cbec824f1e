package org.compliancebridge.domain.port;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.compliancebridge.domain.gap.Action;
import org.compliancebridge.domain.gap.MatrixExport;

/** The action plan (actions are never deleted) and the record of matrix exports. */
public interface ActionRepository {
    /** Every action, by reference. */
    List<Action> all();

    Optional<Action> find(UUID actionId);

    /** The highest reference number used so far (0 when none). */
    int highestReferenceNumber();

    void insert(Action action);

    void update(Action action);

    void insertExport(MatrixExport export);

    Optional<MatrixExport> findExport(UUID exportId);
}
