package org.compliancebridge.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compliancebridge.domain.landscape.CatalogueDocument;
import org.compliancebridge.domain.landscape.CatalogueFormatException;
import org.compliancebridge.domain.landscape.CatalogueInfo;
import org.compliancebridge.domain.landscape.CatalogueItem;
import org.compliancebridge.domain.landscape.CrosswalkMapping;
import org.compliancebridge.domain.landscape.Guidance;
import org.compliancebridge.domain.landscape.ImportCancelledException;
import org.compliancebridge.domain.landscape.ImportLimits;
import org.compliancebridge.domain.landscape.ItemKind;
import org.compliancebridge.domain.landscape.ProgressMonitor;
import org.compliancebridge.domain.port.CatalogueReader;

/**
 * Reads OSCAL 1.x catalogs (JSON) into catalogue items, for the bundled catalogues and user imports alike.
 *
 * <p>Hostile input is refused early: the file size, nesting depth, length of any text, number of tokens and number of
 * groups and controls are bounded ({@link ImportLimits}); duplicate JSON keys, duplicate OSCAL IDs and duplicate item
 * IDs are errors; every member that is read is type-checked. Each failure names the problem and where it is (JSON
 * path or line/column) so that the user can fix or report the file. Nothing is returned unless the whole file is good.
 *
 * <p>Item IDs are the cited identifiers: the control's {@code label} prop (the one without a {@code class}, e.g.
 * {@code AC-1} rather than the zero-padded {@code AC-01}), else its OSCAL {@code id}.
 */
public final class OscalCatalogueReader implements CatalogueReader {
    /** Namespace of ComplianceBridge's own OSCAL props (framework-id, assessable, text-kind, ...). */
    public static final String NS = "https://compliancebridge.org/ns/oscal";
    private static final Pattern TOKEN = Pattern.compile("^(\\p{L}|_)(\\p{L}|\\p{N}|[.\\-_])*$");
    private static final Pattern FRAMEWORK_ID = Pattern.compile("[a-z0-9][a-z0-9.-]{1,63}");
    private static final Pattern OSCAL_VERSION = Pattern.compile("1\\.\\d+(\\.\\d+)?([-+].*)?");
    private static final Pattern INSERT = Pattern.compile("\\{\\{\\s*insert:\\s*param,\\s*([^}\\s]+)\\s*}}");
    private static final int MAX_STATEMENT = 200_000;
    private static final Map<String, String> OTHER_MODELS = Map.of(
            "profile", "an OSCAL profile (resolve it into a catalog first, e.g. with NIST's profile resolver)",
            "component-definition", "an OSCAL component definition",
            "system-security-plan", "an OSCAL system security plan",
            "assessment-plan", "an OSCAL assessment plan",
            "assessment-results", "OSCAL assessment results",
            "plan-of-action-and-milestones", "an OSCAL plan of action and milestones",
            "mapping-collection", "an OSCAL mapping collection");

    @Override
    public CatalogueDocument readCatalogue(byte[] content, String sourceName, String fallbackFrameworkId,
            ImportLimits limits, ProgressMonitor monitor) {
        if (content.length == 0) {
            throw new CatalogueFormatException(sourceName + " is empty.");
        }
        if (content.length > limits.maxFileBytes()) {
            throw new CatalogueFormatException(sourceName + " is " + megabytes(content.length) + "; catalogues larger"
                    + " than " + megabytes(limits.maxFileBytes()) + " are refused.");
        }
        JsonNode root = parse(content, sourceName, limits, monitor);
        return new Walk(sourceName, limits, monitor).catalogue(root, fallbackFrameworkId);
    }

    @Override
    public List<CrosswalkMapping> readCrosswalk(byte[] content, String sourceName) {
        return CsvCrosswalkReader.read(content, sourceName);
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static JsonNode parse(byte[] content, String sourceName, ImportLimits limits, ProgressMonitor monitor) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNumberLength(100)
                        .maxNameLength(1000)
                        .maxDocumentLength(limits.maxFileBytes())
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        ObjectMapper mapper = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        MonitoredInput in = new MonitoredInput(content, monitor);
        try {
            JsonNode root = mapper.readTree(in);
            if (in.cancelled) {
                throw cancelled();
            }
            if (root == null || root.isMissingNode()) {
                throw new CatalogueFormatException(sourceName + " contains no JSON value.");
            }
            return root;
        } catch (StreamConstraintsException e) {
            String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            if (m.contains("nesting depth")) {
                throw new CatalogueFormatException(sourceName + " is nested more than " + limits.maxNestingDepth()
                        + " levels deep" + at(e.getLocation()) + "; real catalogues need far fewer. The file was"
                        + " refused.", e);
            }
            if (m.contains("String value length") || m.contains("String length")) {
                throw new CatalogueFormatException(sourceName + " contains a text value longer than "
                        + String.format(Locale.ROOT, "%,d", limits.maxStringLength()) + " characters"
                        + at(e.getLocation()) + ". The file was refused.", e);
            }
            throw new CatalogueFormatException(sourceName + " exceeds a parsing limit" + at(e.getLocation()) + ": "
                    + firstLine(m) + ". The file was refused.", e);
        } catch (JsonEOFException e) {
            if (in.cancelled) {
                throw cancelled();
            }
            throw new CatalogueFormatException(sourceName + " ends unexpectedly" + at(e.getLocation())
                    + ": the file is incomplete (truncated while copying or downloading?).", e);
        } catch (JsonParseException e) {
            if (in.cancelled) {
                throw cancelled();
            }
            String m = firstLine(e.getOriginalMessage());
            if (m.contains("end-of-input")) {
                throw new CatalogueFormatException(sourceName + " ends unexpectedly" + at(e.getLocation())
                        + ": the file is incomplete (truncated while copying or downloading?).", e);
            }
            if (m.startsWith("Duplicate field")) {
                throw new CatalogueFormatException(sourceName + " is not valid OSCAL: " + m.replace("Duplicate field",
                        "the member") + " appears twice in one object" + at(e.getLocation()) + ".", e);
            }
            throw new CatalogueFormatException(sourceName + " is not valid JSON" + at(e.getLocation()) + ": " + m
                    + ".", e);
        } catch (JsonProcessingException e) {
            if (in.cancelled) {
                throw cancelled();
            }
            throw new CatalogueFormatException(sourceName + " is not valid JSON" + at(e.getLocation()) + ": "
                    + firstLine(e.getOriginalMessage()) + ".", e);
        } catch (IOException e) {
            throw new CatalogueFormatException("Could not read " + sourceName + ": " + e.getMessage(), e);
        }
    }

    private static ImportCancelledException cancelled() {
        return new ImportCancelledException("The import was cancelled. Nothing was imported.");
    }

    private static String at(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 0) {
            return "";
        }
        return " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    /** Reports bytes read as progress (first half of the work) and ends the input early when cancelled. */
    private static final class MonitoredInput extends ByteArrayInputStream {
        private final ProgressMonitor monitor;
        private final int total;
        private boolean cancelled;
        private long nextReport;

        MonitoredInput(byte[] buf, ProgressMonitor monitor) {
            super(buf);
            this.monitor = monitor;
            this.total = buf.length;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            if (monitor.cancelled()) {
                cancelled = true;
                return -1;
            }
            int n = super.read(b, off, len);
            if (pos >= nextReport) {
                monitor.progress(0.5 * pos / total, "Reading the file");
                nextReport = pos + Math.max(64 * 1024, total / 50);
            }
            return n;
        }

        @Override
        public synchronized int read() {
            if (monitor.cancelled()) {
                cancelled = true;
                return -1;
            }
            return super.read();
        }
    }

    /** One pass over the JSON tree that validates and collects items. */
    private static final class Walk {
        private final String source;
        private final ImportLimits limits;
        private final ProgressMonitor monitor;
        private final List<CatalogueItem> items = new ArrayList<>();
        private final Map<String, String> oscalIds = new HashMap<>();
        private final Map<String, String> itemIds = new HashMap<>();
        private final Map<String, JsonNode> params = new HashMap<>();
        private String frameworkId;
        private String defaultUrl;

        Walk(String source, ImportLimits limits, ProgressMonitor monitor) {
            this.source = source;
            this.limits = limits;
            this.monitor = monitor;
        }

        private CatalogueFormatException problem(String path, String what) {
            return new CatalogueFormatException(source + " is not a valid OSCAL catalog: " + path + " " + what + ".");
        }

        CatalogueDocument catalogue(JsonNode root, String fallbackFrameworkId) {
            if (!root.isObject()) {
                throw new CatalogueFormatException(source + " is not an OSCAL catalog: the file holds " + kind(root)
                        + ", not an object with a 'catalog' member.");
            }
            JsonNode cat = root.get("catalog");
            if (cat == null) {
                for (var e : OTHER_MODELS.entrySet()) {
                    if (root.has(e.getKey())) {
                        throw new CatalogueFormatException(source + " is " + e.getValue() + ", not an OSCAL catalog."
                                + " Only catalogs can be imported.");
                    }
                }
                List<String> names = new ArrayList<>();
                root.fieldNames().forEachRemaining(names::add);
                throw new CatalogueFormatException(source + " is not an OSCAL catalog: it has no top-level 'catalog'"
                        + " member" + (names.isEmpty() ? " (the object is empty)" : " (found: " + String.join(", ",
                        names.subList(0, Math.min(5, names.size()))) + ")") + ".");
            }
            requireObject(cat, "catalog");
            requireText(cat, "uuid", "catalog", 100);
            JsonNode md = cat.get("metadata");
            if (md == null) {
                throw problem("catalog", "has no 'metadata'");
            }
            requireObject(md, "catalog.metadata");
            String title = requireText(md, "title", "catalog.metadata", limits.maxTitleLength());
            requireText(md, "last-modified", "catalog.metadata", 64);
            String version = requireText(md, "version", "catalog.metadata", 500);
            String oscalVersion = requireText(md, "oscal-version", "catalog.metadata", 32);
            if (!OSCAL_VERSION.matcher(oscalVersion).matches()) {
                throw new CatalogueFormatException(source + " uses OSCAL version '" + oscalVersion + "'; this app"
                        + " reads OSCAL 1.x catalogs only.");
            }
            List<Prop> mdProps = props(md, "catalog.metadata");
            frameworkId = ownProp(mdProps, "framework-id").orElse(null);
            if (frameworkId == null) {
                frameworkId = fallbackFrameworkId != null ? fallbackFrameworkId : slug(title);
            }
            if (!FRAMEWORK_ID.matcher(frameworkId).matches()) {
                throw new CatalogueFormatException("The framework ID '" + frameworkId + "' is not usable: use 2 to 64"
                        + " lower-case letters, digits, '.' or '-', starting with a letter or digit.");
            }
            String officialUrl = ownProp(mdProps, "official-url").orElseGet(() -> metadataUrl(md));
            defaultUrl = officialUrl;
            boolean draft = ownProp(mdProps, "status").map("draft"::equalsIgnoreCase).orElse(false);
            String sourceDocument = ownProp(mdProps, "source-document").orElse(title);
            String remarks = optText(md, "remarks", "catalog.metadata", limits.maxStringLength()).orElse("");
            CatalogueInfo info = new CatalogueInfo(frameworkId, title, version, text(md, "last-modified"),
                    oscalVersion, sourceDocument, officialUrl, remarks, draft);

            JsonNode groups = optArray(cat, "groups", "catalog");
            JsonNode controls = optArray(cat, "controls", "catalog");
            int top = (groups == null ? 0 : groups.size()) + (controls == null ? 0 : controls.size());
            if (top == 0) {
                throw new CatalogueFormatException(source + " is an OSCAL catalog without any groups or controls:"
                        + " there is nothing to import.");
            }
            int done = 0;
            if (groups != null) {
                for (int i = 0; i < groups.size(); i++) {
                    checkCancel();
                    node(groups.get(i), "catalog.groups[" + i + "]", ItemKind.GROUP, null, 0, null);
                    monitor.progress(0.5 + 0.5 * ++done / top, "Checking groups and controls");
                }
            }
            if (controls != null) {
                for (int i = 0; i < controls.size(); i++) {
                    checkCancel();
                    node(controls.get(i), "catalog.controls[" + i + "]", ItemKind.CONTROL, null, 0, null);
                    monitor.progress(0.5 + 0.5 * ++done / top, "Checking groups and controls");
                }
            }
            if (items.stream().noneMatch(it -> it.kind() == ItemKind.CONTROL)) {
                throw new CatalogueFormatException(source + " contains groups but no controls: there is nothing to"
                        + " assess.");
            }
            return new CatalogueDocument(info, items);
        }

        private void checkCancel() {
            if (monitor.cancelled()) {
                throw cancelled();
            }
        }

        private void node(JsonNode n, String path, ItemKind kind, String parentId, int depth, String inheritedUrl) {
            requireObject(n, path);
            if (items.size() >= limits.maxItems()) {
                throw new CatalogueFormatException(source + " has more than " + String.format(Locale.ROOT, "%,d",
                        limits.maxItems()) + " groups and controls; the file was refused.");
            }
            String oscalId = kind == ItemKind.CONTROL ? requireText(n, "id", path, limits.maxIdLength())
                    : optText(n, "id", path, limits.maxIdLength()).orElse(null);
            if (oscalId != null) {
                if (!TOKEN.matcher(oscalId).matches()) {
                    throw problem(path, "has the id '" + shorten(oscalId) + "', which is not an OSCAL token (letters,"
                            + " digits, '.', '-', '_', starting with a letter or '_')");
                }
                String first = oscalIds.putIfAbsent(oscalId, path);
                if (first != null) {
                    throw new CatalogueFormatException(source + " is not a valid OSCAL catalog: duplicate ID '"
                            + oscalId + "' at " + path + " (first used at " + first + ").");
                }
            }
            String title = requireText(n, "title", path, limits.maxTitleLength());
            List<Prop> props = props(n, path);
            String label = label(props);
            String itemId = label != null ? label : oscalId;
            if (itemId == null) {
                throw problem(path, "has neither an 'id' nor a 'label' prop, so it cannot be cited");
            }
            if (itemId.length() > limits.maxIdLength()) {
                throw problem(path, "has an identifier longer than " + limits.maxIdLength() + " characters");
            }
            String firstItem = itemIds.putIfAbsent(itemId, path);
            if (firstItem != null) {
                throw new CatalogueFormatException(source + " is not a valid catalogue: the item ID '" + itemId
                        + "' is used twice, at " + firstItem + " and at " + path + ". Item IDs must be unique.");
            }
            boolean withdrawn = props.stream().anyMatch(p -> p.name.equals("status")
                    && p.value.equalsIgnoreCase("withdrawn"));
            boolean assessable = ownProp(props, "assessable").map(Boolean::parseBoolean)
                    .orElse(kind == ItemKind.CONTROL && !withdrawn);
            String textKind = ownProp(props, "text-kind").orElse("");
            String implementation = ownProp(props, "implementation").orElse("");
            String itemClass = optText(n, "class", path, 200).orElse("");

            JsonNode paramArray = optArray(n, "params", path);
            if (paramArray != null) {
                for (int i = 0; i < paramArray.size(); i++) {
                    JsonNode p = paramArray.get(i);
                    requireObject(p, path + ".params[" + i + "]");
                    params.put(requireText(p, "id", path + ".params[" + i + "]", limits.maxIdLength()), p);
                }
            }
            String url = referenceUrl(n, path).orElse(inheritedUrl != null ? inheritedUrl : defaultUrl);

            StringBuilder statement = new StringBuilder();
            List<Guidance> guidance = new ArrayList<>();
            JsonNode parts = optArray(n, "parts", path);
            if (parts != null) {
                for (int i = 0; i < parts.size(); i++) {
                    String pPath = path + ".parts[" + i + "]";
                    JsonNode part = parts.get(i);
                    requireObject(part, pPath);
                    String name = requireText(part, "name", pPath, 200);
                    registerPartIds(part, pPath, 0);
                    if (name.equals("statement") || (name.equals("overview") && statement.isEmpty())) {
                        renderPart(part, pPath, statement, 0, false);
                    } else if (name.equals("guidance") || name.equals("discussion")) {
                        StringBuilder g = new StringBuilder();
                        renderPart(part, pPath, g, 0, false);
                        String gt = optText(part, "title", pPath, 500).orElse("Guidance");
                        guidance.add(new Guidance(gt, g.toString().strip()));
                    }
                }
            }
            if (statement.length() > MAX_STATEMENT) {
                throw problem(path, "has a statement longer than " + String.format(Locale.ROOT, "%,d", MAX_STATEMENT)
                        + " characters");
            }
            items.add(new CatalogueItem(frameworkId, itemId, oscalId == null ? itemId : oscalId,
                    Optional.ofNullable(parentId), kind, itemClass, title.strip(), statement.toString().strip(),
                    guidance, assessable, textKind, implementation, withdrawn, url, items.size(), depth));

            JsonNode groups = optArray(n, "groups", path);
            if (groups != null) {
                if (kind == ItemKind.CONTROL) {
                    throw problem(path, "is a control containing groups, which OSCAL does not allow");
                }
                for (int i = 0; i < groups.size(); i++) {
                    node(groups.get(i), path + ".groups[" + i + "]", ItemKind.GROUP, itemId, depth + 1, url);
                }
            }
            JsonNode controls = optArray(n, "controls", path);
            if (controls != null) {
                for (int i = 0; i < controls.size(); i++) {
                    node(controls.get(i), path + ".controls[" + i + "]", ItemKind.CONTROL, itemId, depth + 1, url);
                }
            }
        }

        private void registerPartIds(JsonNode part, String path, int level) {
            String id = optText(part, "id", path, limits.maxIdLength()).orElse(null);
            if (id != null) {
                String first = oscalIds.putIfAbsent(id, path);
                if (first != null) {
                    throw new CatalogueFormatException(source + " is not a valid OSCAL catalog: duplicate ID '" + id
                            + "' at " + path + " (first used at " + first + ").");
                }
            }
            JsonNode sub = optArray(part, "parts", path);
            if (sub != null) {
                for (int i = 0; i < sub.size(); i++) {
                    requireObject(sub.get(i), path + ".parts[" + i + "]");
                    registerPartIds(sub.get(i), path + ".parts[" + i + "]", level + 1);
                }
            }
        }

        /** Statement text: the part's prose, then its sub-parts (items a., 1., ...) indented, parameters filled in. */
        private void renderPart(JsonNode part, String path, StringBuilder out, int indent, boolean withLabel) {
            String prose = optText(part, "prose", path, limits.maxStringLength()).orElse("");
            String label = withLabel ? label(props(part, path)) : null;
            String line = (label == null ? "" : label + " ") + fillParams(prose);
            if (!line.isBlank()) {
                if (!out.isEmpty()) {
                    out.append('\n');
                }
                out.append("  ".repeat(indent)).append(line.strip());
            }
            JsonNode sub = optArray(part, "parts", path);
            if (sub != null) {
                for (int i = 0; i < sub.size(); i++) {
                    JsonNode p = sub.get(i);
                    String name = optText(p, "name", path + ".parts[" + i + "]", 200).orElse("");
                    if (name.equals("item") || name.equals("statement")) {
                        renderPart(p, path + ".parts[" + i + "]", out, indent + (line.isBlank() ? 0 : 1), true);
                    }
                }
            }
        }

        private String fillParams(String prose) {
            if (!prose.contains("{{")) {
                return prose;
            }
            Matcher m = INSERT.matcher(prose);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, Matcher.quoteReplacement(describeParam(m.group(1))));
            }
            m.appendTail(sb);
            return sb.toString();
        }

        private String describeParam(String id) {
            JsonNode p = params.get(id);
            if (p == null) {
                return "[Assignment: " + id + "]";
            }
            JsonNode values = p.get("values");
            if (values != null && values.isArray() && !values.isEmpty()) {
                List<String> v = new ArrayList<>();
                values.forEach(x -> v.add(x.asText()));
                return String.join(", ", v);
            }
            JsonNode select = p.get("select");
            if (select != null && select.isObject()) {
                List<String> choices = new ArrayList<>();
                JsonNode c = select.get("choice");
                if (c != null && c.isArray()) {
                    c.forEach(x -> choices.add(fillParams(x.asText())));
                }
                String how = select.path("how-many").asText("");
                return "[Selection" + (how.equals("one-or-more") ? " (one or more)" : "") + ": "
                        + String.join("; ", choices) + "]";
            }
            JsonNode label = p.get("label");
            return "[Assignment: " + (label != null && label.isTextual() ? label.asText() : id) + "]";
        }

        private Optional<String> referenceUrl(JsonNode n, String path) {
            JsonNode links = optArray(n, "links", path);
            if (links == null) {
                return Optional.empty();
            }
            for (int i = 0; i < links.size(); i++) {
                JsonNode l = links.get(i);
                requireObject(l, path + ".links[" + i + "]");
                String href = requireText(l, "href", path + ".links[" + i + "]", 2000);
                String rel = optText(l, "rel", path + ".links[" + i + "]", 200).orElse("");
                if ((rel.equals("reference") || rel.isEmpty()) && isWebUrl(href)) {
                    return Optional.of(href);
                }
            }
            return Optional.empty();
        }

        private String metadataUrl(JsonNode md) {
            JsonNode links = optArray(md, "links", "catalog.metadata");
            if (links != null) {
                for (int i = 0; i < links.size(); i++) {
                    JsonNode l = links.get(i);
                    requireObject(l, "catalog.metadata.links[" + i + "]");
                    String href = requireText(l, "href", "catalog.metadata.links[" + i + "]", 2000);
                    if (isWebUrl(href)) {
                        return href;
                    }
                }
            }
            return "";
        }

        private static boolean isWebUrl(String href) {
            String h = href.toLowerCase(Locale.ROOT);
            return h.startsWith("https://") || h.startsWith("http://");
        }

        private record Prop(String name, String value, String ns, String cls) {
        }

        private List<Prop> props(JsonNode n, String path) {
            JsonNode arr = optArray(n, "props", path);
            if (arr == null) {
                return List.of();
            }
            List<Prop> out = new ArrayList<>(arr.size());
            for (int i = 0; i < arr.size(); i++) {
                String p = path + ".props[" + i + "]";
                JsonNode x = arr.get(i);
                requireObject(x, p);
                out.add(new Prop(requireText(x, "name", p, 200), requireText(x, "value", p, 2000),
                        optText(x, "ns", p, 500).orElse(""), optText(x, "class", p, 200).orElse("")));
            }
            return out;
        }

        /** Our own props; accepted without a namespace too, for hand-written catalogues. */
        private static Optional<String> ownProp(List<Prop> props, String name) {
            return props.stream().filter(p -> p.name.equals(name) && (p.ns.equals(NS) || p.ns.isEmpty()))
                    .map(Prop::value).findFirst();
        }

        private static String label(List<Prop> props) {
            String any = null;
            for (Prop p : props) {
                if (p.name.equals("label") && p.ns.isEmpty()) {
                    if (p.cls.isEmpty()) {
                        return p.value.strip();
                    }
                    if (any == null) {
                        any = p.value.strip();
                    }
                }
            }
            return any;
        }

        private void requireObject(JsonNode n, String path) {
            if (n == null || !n.isObject()) {
                throw problem(path, "must be an object, found " + kind(n));
            }
        }

        private String requireText(JsonNode parent, String member, String path, int max) {
            JsonNode v = parent.get(member);
            if (v == null || v.isNull()) {
                throw problem(path, "has no '" + member + "'");
            }
            return checkedText(v, path + "." + member, max);
        }

        private Optional<String> optText(JsonNode parent, String member, String path, int max) {
            JsonNode v = parent.get(member);
            if (v == null || v.isNull()) {
                return Optional.empty();
            }
            return Optional.of(checkedText(v, path + "." + member, max));
        }

        private String checkedText(JsonNode v, String path, int max) {
            if (!v.isTextual()) {
                throw problem(path, "must be text, found " + kind(v));
            }
            String s = v.textValue();
            if (s.length() > max) {
                throw problem(path, "is longer than " + String.format(Locale.ROOT, "%,d", max) + " characters");
            }
            return s;
        }

        private static String text(JsonNode parent, String member) {
            return parent.get(member).textValue();
        }

        private JsonNode optArray(JsonNode parent, String member, String path) {
            JsonNode v = parent.get(member);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isArray()) {
                throw problem(path + "." + member, "must be an array, found " + kind(v));
            }
            return v;
        }
    }

    private static String kind(JsonNode n) {
        if (n == null || n.isNull()) {
            return "nothing";
        }
        if (n.isObject()) {
            return "an object";
        }
        if (n.isArray()) {
            return "an array";
        }
        if (n.isTextual()) {
            return "text";
        }
        if (n.isNumber()) {
            return "a number";
        }
        if (n.isBoolean()) {
            return "true/false";
        }
        return n.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    /**
     * A framework ID derived from a title: lower case without accents, dots kept only between digits (5.1.1), other
     * runs as '-', cut at a word boundary to at most 64 characters.
     */
    static String slug(String title) {
        String s = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("(?<=\\d)\\.(?=\\d)", "\u0001")
                .replaceAll("[^a-z0-9\u0001]+", "-").replace('\u0001', '.').replaceAll("^-+|-+$", "");
        if (s.length() > 64) {
            int cut = s.lastIndexOf('-', 64);
            s = s.substring(0, cut > 1 ? cut : 64);
        }
        return s.length() < 2 ? "imported-catalogue" : s;
    }
}
