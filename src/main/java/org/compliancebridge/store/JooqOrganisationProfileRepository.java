package org.compliancebridge.store;

import static org.compliancebridge.store.generated.Tables.ORGANISATION_PROFILE;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.compliancebridge.domain.OrganisationProfile;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.port.OrganisationProfileRepository;
import org.jooq.DSLContext;
import org.jooq.Field;

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
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(ORGANISATION_PROFILE.NAME, p.name());
        values.put(ORGANISATION_PROFILE.EMPLOYEES, p.employees().orElse(null));
        values.put(ORGANISATION_PROFILE.SITES, p.sites());
        values.put(ORGANISATION_PROFILE.SECTORS, p.sectors());
        values.put(ORGANISATION_PROFILE.MARKETS, p.markets());
        values.put(ORGANISATION_PROFILE.HANDLES_PHI, p.handlesPhi());
        values.put(ORGANISATION_PROFILE.HANDLES_EU_PERSONAL_DATA, p.handlesEuPersonalData());
        values.put(ORGANISATION_PROFILE.UPDATED_AT, Times.toDb(p.updatedAt()));
        values.put(ORGANISATION_PROFILE.UPDATED_BY, p.updatedBy().value());
        if (tx.update(ORGANISATION_PROFILE).set(values).execute() == 0) {
            tx.insertInto(ORGANISATION_PROFILE).set(values).execute();
        }
    }
}
