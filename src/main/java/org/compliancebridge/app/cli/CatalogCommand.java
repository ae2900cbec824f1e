package org.compliancebridge.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.compliancebridge.domain.InvalidInputException;
import org.compliancebridge.domain.landscape.Catalogue;
import org.compliancebridge.domain.landscape.CatalogueDocument;
import org.compliancebridge.domain.landscape.CatalogueItem;
import org.compliancebridge.domain.landscape.ImportLimits;
import org.compliancebridge.domain.landscape.ItemKind;
import org.compliancebridge.domain.landscape.ProgressMonitor;
import org.compliancebridge.domain.port.BundledCatalogues;
import org.compliancebridge.service.CatalogueService;
import org.compliancebridge.service.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "Lists and imports requirement catalogues (OSCAL 1.x catalog JSON).",
        subcommands = {CatalogCommand.ListItems.class, CatalogCommand.Import.class})
final class CatalogCommand {
    static final List<String> COLUMNS = List.of("framework", "id", "parent_id", "title", "kind", "level",
            "assessable", "text_kind", "implementation", "source_url", "statement");

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists catalogue items; columns: " + "framework,id,parent_id,title,kind,level,assessable,"
                    + "text_kind,implementation,source_url,statement. Without --workspace: the bundled catalogues.")
    static final class ListItems extends OptionalWorkspaceCommand {
        @Option(names = "--framework", paramLabel = "ID", description = "Only this framework (e.g. cfr-part11).")
        String framework;

        @Option(names = "--format", paramLabel = "csv|json", defaultValue = "csv",
                description = "Output format (default csv).")
        String format;

        @Override
        public Integer call() {
            List<CatalogueItem> items = new ArrayList<>();
            Set<String> known = new TreeSet<>();
            try (Session s = signInIfWorkspace()) {
                if (s == null) {
                    BundledCatalogues bundled = services.bundledCatalogues();
                    for (BundledCatalogues.BundledFile f : bundled.catalogueFiles()) {
                        CatalogueDocument d = services.catalogueReader().readCatalogue(f.content(), f.name(), null,
                                ImportLimits.DEFAULT, ProgressMonitor.NONE);
                        known.add(d.info().frameworkId());
                        if (framework == null || framework.equals(d.info().frameworkId())) {
                            items.addAll(d.items());
                        }
                    }
                } else {
                    CatalogueService cs = new CatalogueService(s, services.catalogueReader(),
                            services.bundledCatalogues());
                    for (Catalogue c : cs.orderedCatalogues()) {
                        known.add(c.frameworkId());
                        if (framework == null || framework.equals(c.frameworkId())) {
                            items.addAll(cs.items(c.frameworkId()));
                        }
                    }
                }
            }
            if (framework != null && !known.contains(framework)) {
                throw new InvalidInputException("Unknown framework '" + framework + "'. Known: " + String.join(", ",
                        known) + ".");
            }
            List<List<String>> rows = new ArrayList<>();
            for (CatalogueItem i : items) {
                rows.add(List.of(i.frameworkId(), i.itemId(), i.parentId().orElse(""), i.title(),
                        i.kind() == ItemKind.GROUP ? "group" : "control", Integer.toString(i.depth()),
                        Boolean.toString(i.assessable()), i.textKind(), i.implementation(), i.sourceUrl(),
                        i.statement()));
            }
            Tables.write(out, format, COLUMNS, rows);
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Imports an OSCAL 1.x catalog (JSON) into the workspace, all or nothing.")
    static final class Import extends CliCommand {
        @Parameters(index = "0", paramLabel = "FILE", description = "The OSCAL catalog JSON file.")
        Path file;

        @Option(names = "--framework-id", paramLabel = "ID",
                description = "Framework ID to use when the file states none (default: derived from its title).")
        String frameworkId;

        @Option(names = "--replace", description = "Replace an earlier import with the same framework ID.")
        boolean replace;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why (required with --replace; recorded in"
                + " the audit trail).")
        String reason;

        @Override
        public Integer call() {
            try (Session s = signIn()) {
                long t0 = System.nanoTime();
                Catalogue c = new CatalogueService(s, services.catalogueReader(), services.bundledCatalogues())
                        .importFile(file, Optional.ofNullable(frameworkId), replace, reason, ProgressMonitor.NONE);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                long controls = new CatalogueService(s, services.catalogueReader(), services.bundledCatalogues())
                        .items(c.frameworkId()).stream().filter(i -> i.kind() == ItemKind.CONTROL).count();
                out.println("Imported " + c.frameworkId() + " (" + c.title() + "): " + c.itemCount() + " items, "
                        + controls + " controls, from " + c.sourceFile() + " in " + ms + " ms");
                out.println("SHA-256 " + c.sha256());
            }
            return 0;
        }
    }
}
