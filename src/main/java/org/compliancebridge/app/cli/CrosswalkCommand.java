package org.compliancebridge.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.compliancebridge.domain.landscape.CrosswalkLink;
import org.compliancebridge.domain.landscape.CrosswalkMapping;
import org.compliancebridge.domain.port.BundledCatalogues;
import org.compliancebridge.service.CrosswalkService;
import org.compliancebridge.service.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "crosswalk", mixinStandardHelpOptions = true, description = "The crosswalk between frameworks.",
        subcommands = {CrosswalkCommand.ListLinks.class})
final class CrosswalkCommand {
    static final List<String> COLUMNS = List.of("source_framework", "source_id", "target_framework", "target_id",
            "relationship", "confidence", "rationale");

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the active crosswalk links; columns: source_framework,source_id,target_framework,"
                    + "target_id,relationship,confidence,rationale. Without --workspace: the bundled crosswalk.")
    static final class ListLinks extends OptionalWorkspaceCommand {
        @Option(names = "--framework", paramLabel = "ID",
                description = "Only links whose source or target is in this framework.")
        String framework;

        @Option(names = "--format", paramLabel = "csv|json", defaultValue = "csv",
                description = "Output format (default csv).")
        String format;

        @Override
        public Integer call() {
            List<CrosswalkMapping> mappings = new ArrayList<>();
            try (Session s = signInIfWorkspace()) {
                if (s == null) {
                    for (BundledCatalogues.BundledFile f : services.bundledCatalogues().crosswalkFiles()) {
                        mappings.addAll(services.catalogueReader().readCrosswalk(f.content(), f.name()));
                    }
                } else {
                    new CrosswalkService(s).activeLinks().stream().map(CrosswalkLink::mapping).forEach(mappings::add);
                }
            }
            List<List<String>> rows = new ArrayList<>();
            for (CrosswalkMapping m : mappings) {
                if (framework != null && !framework.equals(m.sourceFramework())
                        && !framework.equals(m.targetFramework())) {
                    continue;
                }
                rows.add(List.of(m.sourceFramework(), m.sourceId(), m.targetFramework(), m.targetId(),
                        m.relationship().code(), m.confidence().code(), m.rationale()));
            }
            Tables.write(out, format, COLUMNS, rows);
            return 0;
        }
    }
}
