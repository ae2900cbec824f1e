package org.compliancebridge.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.regex.Pattern;
import org.compliancebridge.domain.port.Transaction;

/**
 * The repositories of a read-only unit of work: every mutating method (by name: insert, update, append, put,
 * retire, add, delete, remove, replace, set…) throws. Changes must go through the audited write path.
 */
final class ReadOnlyTransaction {
    static final Pattern MUTATING = Pattern.compile("^(insert|update|append|put|retire|add|delete|remove|replace|set"
            + "|save|store|clear|mark).*");

    private ReadOnlyTransaction() {
    }

    static Transaction wrap(Transaction tx) {
        return (Transaction) Proxy.newProxyInstance(Transaction.class.getClassLoader(),
                new Class<?>[] {Transaction.class}, (proxy, method, args) -> {
                    Object repository = method.invoke(tx, args);
                    Class<?> type = method.getReturnType();
                    if (!type.isInterface()) {
                        return repository;
                    }
                    return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
                        if (MUTATING.matcher(m.getName()).matches()) {
                            throw new UnsupportedOperationException(type.getSimpleName() + "." + m.getName()
                                    + " in a read-only unit: changes go through the audited write path");
                        }
                        try {
                            return m.invoke(repository, a);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
                });
    }
}
