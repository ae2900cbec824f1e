package org.compliancebridge.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.compliancebridge.app.AppServices;

/** One command-line run in-process: exit code and what it printed on stdout and stderr. */
record CliRun(int code, String out, String err) {
    static CliRun of(AppServices services, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(services, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
