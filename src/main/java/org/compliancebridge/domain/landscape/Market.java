package org.compliancebridge.domain.landscape;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Markets the organisation's products are placed on; stored in the organisation profile as comma-separated codes. */
public enum Market {
    US("US", "United States"),
    EU("EU", "European Union");

    private final String code;
    private final String label;

    Market(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Set<Market> parse(String codes) {
        Set<Market> out = EnumSet.noneOf(Market.class);
        if (codes == null) {
            return out;
        }
        for (String c : codes.split(",")) {
            String v = c.strip().toUpperCase(Locale.ROOT);
            Arrays.stream(values()).filter(m -> m.code.equals(v)).forEach(out::add);
        }
        return out;
    }

    public static String format(Set<Market> markets) {
        return markets.stream().sorted().map(Market::code).collect(Collectors.joining(","));
    }
}
