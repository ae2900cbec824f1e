package org.compliancebridge.domain.port;

import java.util.Optional;
import org.compliancebridge.domain.WorkspaceInfo;

/** The single row that identifies the workspace. */
public interface WorkspaceInfoRepository {
    Optional<WorkspaceInfo> get();

    void insert(WorkspaceInfo info);

    void updateOrganisationName(String name);
}
