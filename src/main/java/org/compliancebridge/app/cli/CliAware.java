package org.compliancebridge.app.cli;

import java.io.PrintWriter;

/** A command that needs no workspace but prints through the CLI's writers. */
interface CliAware {
    void init(PrintWriter out, PrintWriter err);
}
