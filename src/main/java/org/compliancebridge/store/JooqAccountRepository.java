package org.compliancebridge.store;

import static org.compliancebridge.store.generated.Tables.ACCOUNT;

import java.util.List;
import java.util.Optional;
import org.compliancebridge.domain.Account;
import org.compliancebridge.domain.Role;
import org.compliancebridge.domain.UserId;
import org.compliancebridge.domain.port.AccountRepository;
import org.compliancebridge.store.generated.tables.records.AccountRecord;
import org.jooq.DSLContext;

final class JooqAccountRepository implements AccountRepository {
    private final DSLContext tx;

    JooqAccountRepository(DSLContext tx) {
        this.tx = tx;
    }

    @Override
    public void insert(Account a) {
        tx.executeInsert(toRecord(a));
    }

    @Override
    public void update(Account a) {
        int n = tx.executeUpdate(toRecord(a));
        if (n != 1) {
            throw new IllegalStateException("No account " + a.userId());
        }
    }

    @Override
    public Optional<Account> find(UserId userId) {
        return tx.selectFrom(ACCOUNT).where(ACCOUNT.USER_ID.eq(userId.value())).fetchOptional(JooqAccountRepository::map);
    }

    @Override
    public List<Account> findAll() {
        return tx.selectFrom(ACCOUNT).orderBy(ACCOUNT.USER_ID).fetch(JooqAccountRepository::map);
    }

    private AccountRecord toRecord(Account a) {
        AccountRecord r = tx.newRecord(ACCOUNT);
        r.setUserId(a.userId().value());
        r.setFullName(a.fullName());
        r.setRole(a.role().name());
        r.setActive(a.active());
        r.setMustChangePassword(a.mustChangePassword());
        r.setCreatedAt(Times.toDb(a.createdAt()));
        r.setCreatedBy(a.createdBy().value());
        r.setPasswordChangedAt(Times.toDb(a.passwordChangedAt()));
        r.setDeactivatedAt(Times.toDb(a.deactivatedAt().orElse(null)));
        r.setDeactivatedBy(a.deactivatedBy().map(UserId::value).orElse(null));
        r.setLastLoginAt(Times.toDb(a.lastLoginAt().orElse(null)));
        return r;
    }

    private static Account map(AccountRecord r) {
        return new Account(new UserId(r.getUserId()), r.getFullName(), Role.valueOf(r.getRole()), r.getActive(),
                r.getMustChangePassword(), Times.fromDb(r.getCreatedAt()), new UserId(r.getCreatedBy()),
                Times.fromDb(r.getPasswordChangedAt()), Optional.ofNullable(Times.fromDb(r.getDeactivatedAt())),
                Optional.ofNullable(r.getDeactivatedBy()).map(UserId::new),
                Optional.ofNullable(Times.fromDb(r.getLastLoginAt())));
    }
}
