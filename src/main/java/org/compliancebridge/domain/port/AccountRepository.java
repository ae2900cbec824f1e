package org.compliancebridge.domain.port;

import java.util.List;
import java.util.Optional;
import org.compliancebridge.domain.Account;
import org.compliancebridge.domain.UserId;

/** Accounts. There is deliberately no delete: accounts are deactivated, never removed, and IDs are never reused. */
public interface AccountRepository {
    void insert(Account account);

    void update(Account account);

    Optional<Account> find(UserId userId);

    List<Account> findAll();
}
