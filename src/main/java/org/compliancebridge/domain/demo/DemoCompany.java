package org.compliancebridge.domain.demo;

import java.util.Objects;
import java.util.Set;
import org.compliancebridge.domain.landscape.Market;
import org.compliancebridge.domain.landscape.Sector;

/**
 * The organisation profile of the demo company. {@code description} is for the demo's README and welcome text; the
 * profile itself has no such field.
 */
public record DemoCompany(String name, int employees, String sites, Set<Sector> sectors, Set<Market> markets,
        boolean handlesPhi, boolean handlesEuPersonalData, String description) {
    public DemoCompany {
        Objects.requireNonNull(name);
        sites = sites == null ? "" : sites;
        sectors = Set.copyOf(sectors);
        markets = Set.copyOf(markets);
        description = description == null ? "" : description;
    }

    /** Sectors as the profile stores them ("medical-device"). */
    public String sectorCodes() {
        return Sector.format(sectors);
    }

    /** Markets as the profile stores them ("EU,US"). */
    public String marketCodes() {
        return Market.format(markets);
    }
}
