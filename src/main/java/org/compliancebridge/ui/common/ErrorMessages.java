package org.compliancebridge.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.compliancebridge.domain.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns failures into what the user sees: expected failures show their own message; anything else is a bug, logged
 * once with a stable error code that the user can quote (the same failure always gets the same code).
 */
public final class ErrorMessages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMessages.class);

    private ErrorMessages() {
    }

    public static boolean isExpected(Throwable t) {
        return t instanceof UserFacingException;
    }

    /** A stable code from the exception type and the first frame in our code, e.g. {@code CB-3F2A91}. */
    public static String code(Throwable t) {
        String where = "";
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("org.compliancebridge")) {
                where = e.getClassName() + "." + e.getMethodName();
                break;
            }
        }
        int h = (t.getClass().getName() + "|" + where).hashCode();
        return "CB-" + String.format(Locale.ROOT, "%06X", h & 0xFFFFFF);
    }

    public static String details(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }

    /** Shows {@code t} through the right channel. */
    public static void report(DialogService dialogs, String title, Throwable t) {
        if (isExpected(t)) {
            dialogs.showProblem(title, t.getMessage());
        } else {
            String code = code(t);
            LOG.error("Unexpected error {} ({})", code, title, t);
            dialogs.showInternalError(code, "Something went wrong that should not have (" + title + "). The action was"
                    + " not completed. Please report error code " + code + " with the details below.", details(t));
        }
    }
}
