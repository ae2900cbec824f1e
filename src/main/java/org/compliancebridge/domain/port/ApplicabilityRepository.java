package org.compliancebridge.domain.port;

import java.util.List;
import org.compliancebridge.domain.landscape.FrameworkDecision;

/** The confirmed framework decisions (one per framework). */
public interface ApplicabilityRepository {
    List<FrameworkDecision> decisions();

    void put(FrameworkDecision decision);
}
