package org.compliancebridge.store;

import static org.compliancebridge.store.generated.Tables.FRAMEWORK_DECISION;

import java.util.List;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.landscape.FrameworkDecision;
import org.compliancebridge.domain.landscape.ProposalLevel;
import org.compliancebridge.domain.port.ApplicabilityRepository;
import org.compliancebridge.store.generated.tables.records.FrameworkDecisionRecord;
import org.jooq.DSLContext;

final class JooqApplicabilityRepository implements ApplicabilityRepository {
    private final DSLContext tx;

    JooqApplicabilityRepository(DSLContext tx) {
        this.tx = tx;
    }

    @Override
    public List<FrameworkDecision> decisions() {
        return tx.selectFrom(FRAMEWORK_DECISION).orderBy(FRAMEWORK_DECISION.FRAMEWORK_ID)
                .fetch(r -> new FrameworkDecision(r.getFrameworkId(), r.getApplicable(),
                        ProposalLevel.valueOf(r.getProposalLevel()), r.getProposalReason(), r.getJustification(),
                        Times.fromDb(r.getDecidedAt()), new UserId(r.getDecidedBy())));
    }

    @Override
    public void put(FrameworkDecision d) {
        FrameworkDecisionRecord r = new FrameworkDecisionRecord()
                .setFrameworkId(d.frameworkId())
                .setApplicable(d.applicable())
                .setProposalLevel(d.proposalLevel().name())
                .setProposalReason(d.proposalReason())
                .setJustification(d.justification())
                .setDecidedAt(Times.toDb(d.decidedAt()))
                .setDecidedBy(d.decidedBy().value());
        r.attach(tx.configuration());
        int n = tx.update(FRAMEWORK_DECISION).set(r).where(FRAMEWORK_DECISION.FRAMEWORK_ID.eq(d.frameworkId()))
                .execute();
        if (n == 0) {
            tx.executeInsert(r);
        }
    }
}
