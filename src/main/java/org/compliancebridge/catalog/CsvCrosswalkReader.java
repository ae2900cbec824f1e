package org.compliancebridge.catalog;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.compliancebridge.domain.InvalidInputException;
import org.compliancebridge.domain.landscape.CatalogueFormatException;
import org.compliancebridge.domain.landscape.Confidence;
import org.compliancebridge.domain.landscape.CrosswalkMapping;
import org.compliancebridge.domain.landscape.Relationship;

/**
 * Reads crosswalk CSV files: header {@code source_framework,source_id,target_framework,target_id,relationship,
 * confidence,rationale}; one link per row; relationship {@code none} with empty target records a justified absence of a
 * counterpart. Every row is checked; the first problem is reported with its line number.
 */
final class CsvCrosswalkReader {
    static final List<String> HEADER = List.of("source_framework", "source_id", "target_framework", "target_id",
            "relationship", "confidence", "rationale");

    private CsvCrosswalkReader() {
    }

    static List<CrosswalkMapping> read(byte[] content, String source) {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<CrosswalkMapping> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(content)) {
            if (!it.hasNext()) {
                throw new CatalogueFormatException(source + " is empty.");
            }
            List<String> header = List.of(it.next());
            if (!header.equals(HEADER)) {
                throw new CatalogueFormatException(source + " does not start with the crosswalk header "
                        + String.join(",", HEADER) + ".");
            }
            int line = 1;
            while (it.hasNext()) {
                line++;
                String[] r = it.next();
                if (r.length == 1 && r[0].isBlank()) {
                    continue;
                }
                if (r.length != HEADER.size()) {
                    throw new CatalogueFormatException(source + " line " + line + ": expected " + HEADER.size()
                            + " columns, found " + r.length + ".");
                }
                CrosswalkMapping m;
                try {
                    m = new CrosswalkMapping(req(r[0], "source_framework", source, line),
                            req(r[1], "source_id", source, line), r[2].strip(), r[3].strip(),
                            Relationship.parse(r[4]), Confidence.parse(r[5]), req(r[6], "rationale", source, line));
                } catch (InvalidInputException e) {
                    throw new CatalogueFormatException(source + " line " + line + ": " + e.getMessage());
                }
                boolean noTarget = m.targetFramework().isEmpty() && m.targetId().isEmpty();
                if (m.relationship() == Relationship.NONE && !noTarget) {
                    throw new CatalogueFormatException(source + " line " + line + ": relationship 'none' must have an"
                            + " empty target.");
                }
                if (m.relationship() != Relationship.NONE && (m.targetFramework().isEmpty()
                        || m.targetId().isEmpty())) {
                    throw new CatalogueFormatException(source + " line " + line + ": a '" + m.relationship().code()
                            + "' link needs target_framework and target_id.");
                }
                if (!keys.add(m.key())) {
                    throw new CatalogueFormatException(source + " line " + line + ": the link " + m.sourceId() + " → "
                            + (noTarget ? "(none)" : m.targetId()) + " appears twice.");
                }
                out.add(m);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof CatalogueFormatException cfe) {
                throw cfe;
            }
            throw new CatalogueFormatException(source + " is not a readable CSV file: " + e.getMessage(), e);
        }
        return out;
    }

    private static String req(String v, String column, String source, int line) {
        String s = v == null ? "" : v.strip();
        if (s.isEmpty()) {
            throw new CatalogueFormatException(source + " line " + line + ": " + column + " is empty.");
        }
        return s;
    }
}
