package org.compliancebridge.domain.landscape;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The regulated sectors an organisation works in; stored in the organisation profile as comma-separated codes. */
public enum Sector {
    PHARMA("pharma", "Pharmaceutical"),
    BIOTECH("biotech", "Biotechnology"),
    MEDICAL_DEVICE("medical-device", "Medical device");

    private final String code;
    private final String label;

    Sector(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Parses stored codes; unknown codes are ignored (a newer version may know more sectors). */
    public static Set<Sector> parse(String codes) {
        Set<Sector> out = EnumSet.noneOf(Sector.class);
        if (codes == null) {
            return out;
        }
        for (String c : codes.split(",")) {
            String v = c.strip().toLowerCase(Locale.ROOT);
            Arrays.stream(values()).filter(s -> s.code.equals(v)).forEach(out::add);
        }
        return out;
    }

    public static String format(Set<Sector> sectors) {
        return sectors.stream().sorted().map(Sector::code).collect(Collectors.joining(","));
    }
}
