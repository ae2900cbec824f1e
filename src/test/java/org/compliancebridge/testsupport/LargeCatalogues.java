package org.compliancebridge.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.Map;

/**
 * Generates large, valid OSCAL catalogs from the NIST LOW baseline: every control gets {@code copies} nested
 * "enhancements" (deep copies with renamed IDs and labels), like the full SP 800-53 rev5 catalogue, whose ~1,190
 * controls and enhancements sit in 20 families.
 */
public final class LargeCatalogues {
    private LargeCatalogues() {
    }

    /** A catalog with the 149 LOW controls plus {@code copies} copies of each of its 132 base controls. */
    public static byte[] nistLike(int copies, String frameworkId) {
        try {
            ObjectMapper m = new ObjectMapper();
            ObjectNode root = (ObjectNode) m.readTree(Files.readAllBytes(TestData.nistLow()));
            ObjectNode md = (ObjectNode) root.get("catalog").get("metadata");
            md.put("title", "Generated benchmark catalogue (" + copies + " copies per control)");
            ArrayNode props = md.putArray("props");
            props.addObject().put("name", "framework-id").put("value", frameworkId)
                    .put("ns", "https://compliancebridge.org/ns/oscal");
            for (JsonNode g : root.get("catalog").get("groups")) {
                for (JsonNode c : g.get("controls")) {
                    ArrayNode children = ((ObjectNode) c).withArray("controls");
                    for (int k = 1; k <= copies; k++) {
                        JsonNode copy = c.deepCopy();
                        ((ObjectNode) copy).remove("controls");
                        rename(copy, "-e" + k);
                        children.add(copy);
                    }
                }
            }
            return m.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends {@code suffix} to every id and label, so that copies stay unique. */
    private static void rename(JsonNode n, String suffix) {
        if (n.isObject()) {
            ObjectNode o = (ObjectNode) n;
            JsonNode id = o.get("id");
            if (id != null && id.isTextual()) {
                o.set("id", TextNode.valueOf(id.asText() + suffix));
            }
            if (o.has("name") && "label".equals(o.get("name").asText()) && o.has("value")) {
                o.set("value", TextNode.valueOf(o.get("value").asText() + "(x" + suffix.substring(2) + ")"));
            }
            Iterator<Map.Entry<String, JsonNode>> it = o.fields();
            while (it.hasNext()) {
                rename(it.next().getValue(), suffix);
            }
        } else if (n.isArray()) {
            n.forEach(x -> rename(x, suffix));
        }
    }
}
