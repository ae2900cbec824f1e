package org.compliancebridge.store;

import static org.compliancebridge.store.generated.Tables.ORGANISATION_PROFILE;

import java.util.Optional;
import org.compliancebridge.domain.OrganisationProfile;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.port.OrganisationProfileRepository;
import org.jooq.DSLContext;

final class JooqOrganisationProfileRepository implements OrganisationProfileRepository {
    private final DSLContext tx;

    JooqOrganisationProfileRepository(DSLContext tx) {
        this.tx = tx;
    }

    @Override
    public OrganisationProfile get() {
        var r = tx.selectFrom(ORGANISATION_PROFILE).fetchSingle();
        return new OrganisationProfile(r.getName(), Optional.ofNullable(r.getEmployees()),
                r.getSites() == null ? "" : r.getSites(), r.getSectors(), r.getMarkets(), r.getHandlesPhi(),
                r.getHandlesEuPersonalData(), Times.fromDb(r.getUpdatedAt()), new UserId(r.getUpdatedBy()));
    }

    @Override
    public void update(OrganisationProfile p) {
        int n = tx.update(ORGANISATION_PROFILE)
                .set(ORGANISATION_PROFILE.NAME, p.name())
                .set(ORGANISATION_PROFILE.EMPLOYEES, p.employees().orElse(null))
                .set(ORGANISATION_PROFILE.SITES, p.sites())
                .set(ORGANISATION_PROFILE.SECTORS, p.sectors())
                .set(ORGANISATION_PROFILE.MARKETS, p.markets())
                .set(ORGANISATION_PROFILE.HANDLES_PHI, p.handlesPhi())
                .set(ORGANISATION_PROFILE.HANDLES_EU_PERSONAL_DATA, p.handlesEuPersonalData())
                .set(ORGANISATION_PROFILE.UPDATED_AT, Times.toDb(p.updatedAt()))
                .set(ORGANISATION_PROFILE.UPDATED_BY, p.updatedBy().value())
                .execute();
        if (n == 0) {
            tx.insertInto(ORGANISATION_PROFILE)
                    .set(ORGANISATION_PROFILE.NAME, p.name())
                    .set(ORGANISATION_PROFILE.EMPLOYEES, p.employees().orElse(null))
                    .set(ORGANISATION_PROFILE.SITES, p.sites())
                    .set(ORGANISATION_PROFILE.SECTORS, p.sectors())
                    .set(ORGANISATION_PROFILE.MARKETS, p.markets())
                    .set(ORGANISATION_PROFILE.HANDLES_PHI, p.handlesPhi())
                    .set(ORGANISATION_PROFILE.HANDLES_EU_PERSONAL_DATA, p.handlesEuPersonalData())
                    .set(ORGANISATION_PROFILE.UPDATED_AT, Times.toDb(p.updatedAt()))
                    .set(ORGANISATION_PROFILE.UPDATED_BY, p.updatedBy().value())
                    .execute();
        }
    }
}
