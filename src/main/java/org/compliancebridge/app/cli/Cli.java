package org.compliancebridge.app.cli;

import java.io.PrintWriter;
import org.compliancebridge.app.AppServices;
import org.compliancebridge.domain.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless command line. Exit codes: 0 success, 1 failure (one human line on stderr, no stack trace), 2 usage
 * error, 3 verification found problems.
 */
@Command(name = "compliance-bridge", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "ComplianceBridge command line. Without a command, java -jar starts the desktop app.",
        subcommands = {InitCommand.class, InfoCommand.class, UserCommand.class, VerifyCommand.class,
            AuditCommand.class, CatalogCommand.class, CrosswalkCommand.class, ExportCommand.class,
            ImportCommand.class, DemoCommand.class})
public final class Cli {
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);
    public static final int FAILURE = 1;
    public static final int BROKEN = 3;

    private Cli() {
    }

    public static int run(AppServices services, String... args) {
        return run(services, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(AppServices services, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(Cli.class, new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (CliCommand.class.isAssignableFrom(cls)) {
                    K k = CommandLine.defaultFactory().create(cls);
                    ((CliCommand) k).init(services, out, err);
                    return k;
                }
                if (CliAware.class.isAssignableFrom(cls)) {
                    K k = CommandLine.defaultFactory().create(cls);
                    ((CliAware) k).init(out, err);
                    return k;
                }
                if (OptionalWorkspaceCommand.class.isAssignableFrom(cls)) {
                    K k = CommandLine.defaultFactory().create(cls);
                    ((OptionalWorkspaceCommand) k).init(services, out, err);
                    return k;
                }
                return CommandLine.defaultFactory().create(cls);
            }
        });
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (ex instanceof UserFacingException) {
                err.println("error: " + ex.getMessage());
            } else {
                LOG.error("Unexpected error in command {}", cmd.getCommandName(), ex);
                err.println("error: unexpected internal error (" + ex.getClass().getSimpleName()
                        + "); details are in the log file ~/.compliancebridge/logs/compliance-bridge.log");
            }
            return FAILURE;
        });
        return cl.execute(args);
    }

    /** Reads the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"ComplianceBridge " + (v == null ? "development build" : v)};
        }
    }
}
