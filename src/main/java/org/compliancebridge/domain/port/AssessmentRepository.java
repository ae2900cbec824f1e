package org.compliancebridge.domain.port;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.compliancebridge.domain.gap.Assessment;
import org.compliancebridge.domain.gap.AssessmentKey;
import org.compliancebridge.domain.gap.EvidenceFile;

/**
 * Stored assessments (a requirement without a row is "Not assessed") and their evidence files. Writes only inside an
 * audited unit of work.
 */
public interface AssessmentRepository {
    List<Assessment> all();

    List<Assessment> inScope(String scopeKey);

    Optional<Assessment> find(AssessmentKey key);

    /** Inserts or replaces the assessment with this key. */
    void save(Assessment assessment);

    /** Inserts or replaces a batch (one statement per row, one round trip). */
    void saveAll(List<Assessment> assessments);

    /** Active and removed evidence files of one assessment, oldest first (without content). */
    List<EvidenceFile> evidence(AssessmentKey key);

    /** Every active evidence file of the workspace (without content). */
    List<EvidenceFile> allEvidence();

    Optional<EvidenceFile> findEvidence(UUID fileId);

    byte[] evidenceContent(UUID fileId);

    void insertEvidence(EvidenceFile file, byte[] content);

    /** Marks a file removed (it stays in the workspace). */
    void retireEvidence(UUID fileId);
}
