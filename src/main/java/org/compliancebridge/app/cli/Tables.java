package org.compliancebridge.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.compliancebridge.domain.InvalidInputException;

/** Writes rows with fixed, documented columns as RFC 4180 CSV (with header) or as a JSON array of objects. */
final class Tables {
    private Tables() {
    }

    static void write(PrintWriter out, String format, List<String> columns, List<List<String>> rows) {
        String f = format == null ? "csv" : format.toLowerCase(Locale.ROOT);
        try {
            if (f.equals("csv")) {
                CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
                columns.forEach(schema::addColumn);
                out.print(new CsvMapper().writer(schema.build().withLineSeparator("\n"))
                        .writeValueAsString(rows.stream().map(r -> r.toArray(new String[0])).toList()));
            } else if (f.equals("json")) {
                List<Map<String, String>> objects = rows.stream().map(r -> {
                    Map<String, String> m = new LinkedHashMap<>();
                    for (int i = 0; i < columns.size(); i++) {
                        m.put(columns.get(i), r.get(i));
                    }
                    return m;
                }).toList();
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(objects));
            } else {
                throw new InvalidInputException("Unknown format '" + format + "': use csv or json.");
            }
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
