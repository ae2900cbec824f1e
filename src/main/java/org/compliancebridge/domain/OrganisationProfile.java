package org.compliancebridge.domain;

import java.time.Instant;
import java.util.Optional;

/** The organisation's profile: what the company is; step 1 uses it to scope frameworks. Signable. */
public record OrganisationProfile(String name, Optional<Integer> employees, String sites, String sectors,
        String markets, boolean handlesPhi, boolean handlesEuPersonalData, Instant updatedAt, UserId updatedBy) {

    public static final String RECORD_TYPE = "ORGANISATION_PROFILE";
    public static final String RECORD_ID = "organisation";

    /** The content a signature covers (version 1): every field a reader of the profile sees. */
    public byte[] canonicalContent() {
        return Canonical.of(RECORD_TYPE, 1).text(name).number(employees.orElse(-1)).text(sites).text(sectors)
                .text(markets).flag(handlesPhi).flag(handlesEuPersonalData).toBytes();
    }
}
