package org.compliancebridge.testsupport;

import java.nio.file.Path;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.service.Session;

/** Child-process helper: opens a workspace, prints READY, and keeps it open until stdin closes. */
public final class HoldWorkspace {
    private HoldWorkspace() {
    }

    public static void main(String[] args) throws Exception {
        try (Session s = new TestWorkspaces().service.open(Path.of(args[0]), UserId.of(args[1]),
                args[2].toCharArray())) {
            System.out.println("READY");
            System.out.flush();
            while (System.in.read() != -1) {
                // wait until the parent closes our stdin
            }
        }
    }
}
