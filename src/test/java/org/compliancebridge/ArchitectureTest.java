package org.compliancebridge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rules of docs/architecture.md, stated so that the build fails when code breaks them. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.compliancebridge");
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }

    @Test
    void domainIsPlainJava() {
        check(noClasses().that().resideInAPackage("..domain..").should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.jooq..", "org.h2..", "org.flywaydb..", "org.bouncycastle..",
                        "org.apache.poi..", "org.apache.pdfbox..", "java.sql..", "com.fasterxml..",
                        "org.compliancebridge.service..", "org.compliancebridge.store..", "org.compliancebridge.ui..",
                        "org.compliancebridge.sign..", "org.compliancebridge.export..", "org.compliancebridge.app..")
                .because("the domain holds plain records, rules and ports that every layer can use"));
    }

    @Test
    void javaFxOnlyInUiAndApp() {
        check(noClasses().that().resideOutsideOfPackages("..ui..", "..app..").should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..", "org.kordamp..")
                .because("services and adapters must run headless (CLI, tests) and stay testable without a stage"));
    }

    @Test
    void databaseOnlyInStore() {
        check(noClasses().that().resideOutsideOfPackage("..store..").should().dependOnClassesThat()
                .resideInAnyPackage("org.jooq..", "org.h2..", "org.flywaydb..", "java.sql..")
                .because("jOOQ, H2, Flyway and JDBC are storage details behind the domain's ports"));
    }

    @Test
    void bouncyCastleOnlyInSign() {
        check(noClasses().that().resideOutsideOfPackage("..sign..").should().dependOnClassesThat()
                .resideInAPackage("org.bouncycastle..")
                .because("all key handling and signature code lives in one reviewable package"));
    }

    @Test
    void documentLibrariesOnlyInExport() {
        check(noClasses().that().resideOutsideOfPackage("..export..").should().dependOnClassesThat()
                .resideInAnyPackage("org.apache.poi..", "org.apache.pdfbox..")
                .because("POI and PDFBox are export adapters"));
    }

    @Test
    void auditUsesOnlyJavaSecurityAndTheDomain() {
        check(noClasses().that().resideInAPackage("org.compliancebridge.audit..").should().dependOnClassesThat()
                .resideInAnyPackage("org.bouncycastle..", "org.jooq..", "javafx..", "org.compliancebridge.store..",
                        "org.compliancebridge.service..", "org.compliancebridge.ui..")
                .because("the chain format and verifier must be independently reviewable (java.security only)"));
    }

    @Test
    void layersPointInwards() {
        check(noClasses().that().resideInAPackage("..service..").should().dependOnClassesThat()
                .resideInAnyPackage("org.compliancebridge.ui..", "org.compliancebridge.app..",
                        "org.compliancebridge.store..", "org.compliancebridge.sign..", "org.compliancebridge.export..")
                .because("services use ports; adapters are chosen in the composition root (app)"));
        check(noClasses().that().resideInAPackage("..ui..").should().dependOnClassesThat()
                .resideInAnyPackage("org.compliancebridge.store..", "org.compliancebridge.sign..",
                        "org.compliancebridge.app..")
                .because("views and ViewModels talk to services, never to adapters"));
        check(noClasses().that().resideInAnyPackage("..store..", "..sign..", "..export..", "..catalog..")
                .should().dependOnClassesThat().resideInAnyPackage("org.compliancebridge.ui..",
                        "org.compliancebridge.app..")
                .because("adapters depend inwards on the domain only"));
    }

    @Test
    void stepsDoNotDependOnEachOther() {
        check(slices().matching("org.compliancebridge.ui.step.(*)..").should().notDependOnEachOther()
                .allowEmptyShould(true)
                .because("each wizard step owns its state; navigation belongs to the shell"));
    }

    @Test
    void onlyTheWritePathAppendsToTheAuditTrail() {
        check(noClasses().that().resideOutsideOfPackage("..store..")
                .and().doNotHaveFullyQualifiedName("org.compliancebridge.service.AuditedWritePath")
                .and().doNotHaveFullyQualifiedName("org.compliancebridge.service.AuditedWritePath$WriteContext")
                .should().callMethod(org.compliancebridge.domain.port.AuditRepository.class, "append",
                        org.compliancebridge.domain.AuditEntry.class)
                .orShould().callMethod(org.compliancebridge.domain.port.AuditRepository.class, "appendAll",
                        java.util.List.class)
                .because("audit entries are sealed into the chain only by the audited write path"));
    }

    @Test
    void onlyTheAuditedWritePathOpensWriteTransactions() {
        check(noClasses().that().doNotHaveFullyQualifiedName("org.compliancebridge.service.AuditedWritePath")
                .and().resideOutsideOfPackage("..store..")
                .should().callMethod(org.compliancebridge.domain.port.Database.class, "inTransaction",
                        java.util.function.Function.class)
                .because("every change goes through the audited write path, which records it in the same transaction"));
    }

    @Test
    void noCodeUpdatesOrDeletesAuditEntries() throws IOException {
        Pattern forbidden = Pattern.compile("(update|delete|deleteFrom|truncate)\\s*\\(\\s*AUDIT_ENTRY"
                + "|(?i)(UPDATE|DELETE\\s+FROM|TRUNCATE\\s+TABLE)\\s+audit_entry");
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            offenders = files.filter(Files::isRegularFile).filter(p -> {
                try {
                    return forbidden.matcher(Files.readString(p)).find();
                } catch (IOException e) {
                    return false;
                }
            }).toList();
        }
        org.assertj.core.api.Assertions.assertThat(offenders)
                .as("No production code (Java or SQL) may update or delete audit entries").isEmpty();
    }

    @Test
    void noThreadIsInterrupted() throws IOException {
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            offenders = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    String s = Files.readString(p);
                    return s.contains(".shutdownNow(") || s.matches("(?s).*\\b(?!Thread\\.currentThread\\(\\))\\w+"
                            + "\\.interrupt\\(\\).*") || s.contains(".cancel(true)");
                } catch (IOException e) {
                    return false;
                }
            }).toList();
        }
        org.assertj.core.api.Assertions.assertThat(offenders)
                .as("Interrupting a thread inside H2 I/O can corrupt the workspace: cancellation is a flag")
                .isEmpty();
    }
}
