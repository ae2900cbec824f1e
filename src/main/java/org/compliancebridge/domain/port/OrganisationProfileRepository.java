package org.compliancebridge.domain.port;

import org.compliancebridge.domain.OrganisationProfile;

public interface OrganisationProfileRepository {
    OrganisationProfile get();

    void update(OrganisationProfile profile);
}
