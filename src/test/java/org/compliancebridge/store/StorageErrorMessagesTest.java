package org.compliancebridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;

/** Storage failures reach the user as the action they need: free disk space, or free memory — never mixed up. */
class StorageErrorMessagesTest {
    private static String translate(int code, String message) {
        return H2DatabaseOpener.translate(new SQLException(message, "HY000", code), Path.of("/ws")).getMessage();
    }

    @Test
    void outOfMemoryIsNotReportedAsAFullDisk() {
        String m = translate(ErrorCode.GENERAL_ERROR_1, "General error: \"org.h2.mvstore.MVStoreException:"
                + " java.lang.OutOfMemoryError: Java heap space [2.5.252/3]\"");
        assertThat(m).contains("ran out of memory").doesNotContain("disk is full");
    }

    @Test
    void aFullDiskIsReportedAsSuch() {
        assertThat(translate(ErrorCode.IO_EXCEPTION_2, "IO Exception: java.io.IOException: No space left on device"))
                .contains("The disk is full");
        assertThat(translate(ErrorCode.GENERAL_ERROR_1, "There is not enough space on the disk"))
                .contains("The disk is full");
    }

    @Test
    void otherIoErrorsSayWhatToCheck() {
        assertThat(translate(ErrorCode.IO_EXCEPTION_1, "IO Exception: permission denied"))
                .contains("storage error").contains("writable");
    }
}
