package org.compliancebridge.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.compliancebridge.domain.InvalidInputException;
import org.compliancebridge.domain.Role;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.demo.DemoAction;
import org.compliancebridge.domain.demo.DemoAssessment;
import org.compliancebridge.domain.demo.DemoCompany;
import org.compliancebridge.domain.demo.DemoData;
import org.compliancebridge.domain.demo.DemoDecision;
import org.compliancebridge.domain.demo.DemoGap;
import org.compliancebridge.domain.demo.DemoPerson;
import org.compliancebridge.domain.demo.DemoSystem;
import org.compliancebridge.domain.gap.ActionStatus;
import org.compliancebridge.domain.gap.AssessmentStatus;
import org.compliancebridge.domain.gap.Priority;
import org.compliancebridge.domain.landscape.GxpImpact;
import org.compliancebridge.domain.landscape.Hosting;
import org.compliancebridge.domain.landscape.ItemRef;
import org.compliancebridge.domain.landscape.Market;
import org.compliancebridge.domain.landscape.Sector;
import org.compliancebridge.domain.port.DemoDataSource;

/**
 * Reads the demo workspace files ({@code sample-data/} in the repository, packaged under
 * {@code org/compliancebridge/demo}) with Jackson. Strict on purpose: an unknown field, a missing required field, a
 * duplicate key or an unknown enum value fails with a message naming the file and the field, so a typo in the data
 * cannot silently drop part of the demo. Whether the cited catalogue items exist is checked by the tests against the bundled
 * catalogues, not at run time.
 */
public final class BundledDemoData implements DemoDataSource {
    static final String DIR = "/org/compliancebridge/demo/";
    static final String COMPANY = "company.json";
    static final String ASSESSMENTS = "assessments.json";
    static final String ACTIONS = "actions.json";

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final Function<String, InputStream> open;

    public BundledDemoData() {
        this(file -> BundledDemoData.class.getResourceAsStream(DIR + file));
    }

    /** For tests: reads the files from {@code open} (file name → stream, null when missing). */
    BundledDemoData(Function<String, InputStream> open) {
        this.open = open;
    }

    @Override
    public DemoData load() {
        CompanyFile company = read(COMPANY, CompanyFile.class);
        AssessmentsFile assessments = read(ASSESSMENTS, AssessmentsFile.class);
        ActionsFile actions = read(ACTIONS, ActionsFile.class);
        try {
            return new DemoData(company.organisation().toDomain(), list(company.people(), "people",
                    PersonJson::toDomain), list(company.systems(), "systems", SystemJson::toDomain),
                    list(company.frameworkDecisions(), "frameworkDecisions", DecisionJson::toDomain),
                    in(ASSESSMENTS, () -> list(assessments.assessments(), "assessments", AssessmentJson::toDomain)),
                    in(ACTIONS, () -> list(actions.actions(), "actions", ActionJson::toDomain)));
        } catch (FieldException e) {
            throw new IllegalStateException("Demo data file " + COMPANY + ": " + e.getMessage(), e);
        }
    }

    private <T> T read(String file, Class<T> type) {
        try (InputStream in = open.apply(file)) {
            if (in == null) {
                throw new IllegalStateException("Demo data file missing from the application: " + file);
            }
            return mapper.readValue(in, type);
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalStateException("Demo data file " + file + ": unknown field '" + e.getPropertyName()
                    + "' at " + path(e) + " (known fields: " + e.getKnownPropertyIds() + ")", e);
        } catch (JsonMappingException e) {
            throw new IllegalStateException("Demo data file " + file + ": wrong or missing value at " + path(e) + ": "
                    + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Demo data file " + file + " is not valid JSON: " + e.getOriginalMessage()
                    + " (line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")", e);
        } catch (IOException e) {
            throw new IllegalStateException("Demo data file " + file + " could not be read: " + e.getMessage(), e);
        }
    }

    /** "assessments[12].status" from Jackson's reference chain. */
    private static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null) {
                b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
            }
        }
        return b.length() == 0 ? "(top level)" : b.toString();
    }

    private static <T> T in(String file, java.util.function.Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (FieldException e) {
            throw new IllegalStateException("Demo data file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Converts each element, prefixing any problem with "field[index]". */
    private static <J, D> List<D> list(List<J> items, String field, Function<J, D> conversion) {
        if (items == null) {
            throw new FieldException(field + " is missing");
        }
        List<D> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            J item = items.get(i);
            if (item == null) {
                throw new FieldException(field + "[" + i + "] is null");
            }
            try {
                out.add(conversion.apply(item));
            } catch (FieldException e) {
                throw new FieldException(field + "[" + i + "]." + e.getMessage());
            } catch (InvalidInputException e) {
                throw new FieldException(field + "[" + i + "]: " + e.getMessage());
            }
        }
        return out;
    }

    private static final class FieldException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FieldException(String message) {
            super(message);
        }
    }

    private static String req(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new FieldException(field + " is missing or empty");
        }
        return value.strip();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        String v = req(value, field);
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FieldException(field + " is '" + v + "'; allowed: " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    private static UserId user(String value, String field) {
        try {
            return UserId.of(req(value, field));
        } catch (InvalidInputException e) {
            throw new FieldException(field + " '" + value + "': " + e.getMessage());
        }
    }

    private static ItemRef itemRef(String framework, String item, String prefix) {
        return new ItemRef(req(framework, prefix + "framework"), req(item, prefix + "item"));
    }

    record CompanyFile(OrganisationJson organisation, List<PersonJson> people, List<SystemJson> systems,
            List<DecisionJson> frameworkDecisions) {
    }

    record OrganisationJson(String name, Integer employees, String sites, List<String> sectors, List<String> markets,
            Boolean handlesPhi, Boolean handlesEuPersonalData, String description) {
        DemoCompany toDomain() {
            if (employees == null || employees < 1) {
                throw new FieldException("organisation.employees is missing or not positive");
            }
            Set<Sector> s = EnumSet.noneOf(Sector.class);
            for (String code : sectors == null ? List.<String>of() : sectors) {
                s.add(Arrays.stream(Sector.values()).filter(x -> x.code().equals(code)).findFirst().orElseThrow(() ->
                        new FieldException("organisation.sectors: unknown sector '" + code + "'; allowed: "
                                + Arrays.stream(Sector.values()).map(Sector::code).toList())));
            }
            Set<Market> m = EnumSet.noneOf(Market.class);
            for (String code : markets == null ? List.<String>of() : markets) {
                m.add(enumValue(Market.class, code, "organisation.markets"));
            }
            if (handlesPhi == null || handlesEuPersonalData == null) {
                throw new FieldException("organisation.handlesPhi and organisation.handlesEuPersonalData are required");
            }
            return new DemoCompany(req(name, "organisation.name"), employees, sites, s, m, handlesPhi,
                    handlesEuPersonalData, description);
        }
    }

    record PersonJson(String userId, String fullName, String role, String jobTitle) {
        DemoPerson toDomain() {
            Role r;
            try {
                r = Role.parse(req(role, "role"));
            } catch (InvalidInputException e) {
                throw new FieldException("role: " + e.getMessage());
            }
            return new DemoPerson(user(userId, "userId"), req(fullName, "fullName"), r, jobTitle);
        }
    }

    record SystemJson(String name, String purpose, String gxpImpact, Boolean part11Relevant, String supplier,
            String hosting, String owner) {
        DemoSystem toDomain() {
            if (part11Relevant == null) {
                throw new FieldException("part11Relevant is missing");
            }
            return new DemoSystem(req(name, "name"), req(purpose, "purpose"),
                    enumValue(GxpImpact.class, gxpImpact, "gxpImpact"), part11Relevant, req(supplier, "supplier"),
                    enumValue(Hosting.class, hosting, "hosting"), req(owner, "owner"));
        }
    }

    record DecisionJson(String frameworkId, Boolean applicable, String justification) {
        DemoDecision toDomain() {
            if (applicable == null) {
                throw new FieldException("applicable is missing");
            }
            return new DemoDecision(req(frameworkId, "frameworkId"), applicable, justification);
        }
    }

    record AssessmentsFile(List<AssessmentJson> assessments) {
    }

    record ItemJson(String framework, String item) {
    }

    record AssessmentJson(String framework, String item, String scope, String status, String evidence, String owner,
            String priority, Integer dueInDays, String notes, ItemJson derivedFrom, String changedBy) {
        DemoAssessment toDomain() {
            Optional<ItemRef> derived = derivedFrom == null ? Optional.empty()
                    : Optional.of(itemRef(derivedFrom.framework(), derivedFrom.item(), "derivedFrom."));
            return new DemoAssessment(itemRef(framework, item, ""), req(scope, "scope"),
                    enumValue(AssessmentStatus.class, status, "status"), evidence, owner,
                    priority == null ? Optional.empty() : Optional.of(enumValue(Priority.class, priority, "priority")),
                    dueInDays == null ? OptionalInt.empty() : OptionalInt.of(dueInDays), notes, derived,
                    user(changedBy, "changedBy"));
        }
    }

    record ActionsFile(List<ActionJson> actions) {
    }

    record GapJson(String framework, String item, String scope) {
        DemoGap toDomain() {
            return new DemoGap(itemRef(framework, item, ""), req(scope, "scope"));
        }
    }

    record ActionJson(String reference, String title, String description, String owner, Integer dueInDays,
            String priority, String status, String closureEvidence, String verifiedBy, List<GapJson> gaps,
            String createdBy) {
        DemoAction toDomain() {
            if (dueInDays == null) {
                throw new FieldException("dueInDays is missing");
            }
            return new DemoAction(req(reference, "reference"), req(title, "title"), description, user(owner, "owner"),
                    dueInDays, enumValue(Priority.class, priority, "priority"),
                    enumValue(ActionStatus.class, status, "status"), closureEvidence,
                    verifiedBy == null ? Optional.empty() : Optional.of(user(verifiedBy, "verifiedBy")),
                    list(gaps, "gaps", GapJson::toDomain), user(createdBy, "createdBy"));
        }
    }
}
