package dev.golden.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs repository work in a transaction: its own one per call when a repository is used on its
 * own, or the caller's when it was handed out by {@link Store#inTransaction}.
 */
interface Transactor {

    <T> T run(HandleCallback<T, RuntimeException> work);

    static Transactor perCall(Jdbi jdbi) {
        return new Transactor() {
            @Override
            public <T> T run(HandleCallback<T, RuntimeException> work) {
                return jdbi.inTransaction(work);
            }
        };
    }

    static Transactor bound(Handle handle) {
        return new Transactor() {
            @Override
            public <T> T run(HandleCallback<T, RuntimeException> work) {
                return work.withHandle(handle);
            }
        };
    }
}
