package vn.onestop.platform.messaging;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs something once the current transaction has committed: waking the outbox relay, counting a
 * fact in a metric. A rolled-back transaction runs nothing, so a counter never counts a state change
 * that did not happen. Outside a transaction there is nothing to wait for and the action runs at once.
 */
@ApplicationScoped
public class AfterCommit {

    private final TransactionSynchronizationRegistry transactions;

    AfterCommit(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    public void run(Runnable action) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            action.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    return;
                }
                try {
                    action.run();
                } catch (RuntimeException e) {
                    // the commit happened; what runs after it must not make the caller believe otherwise
                    Log.warnf(e, "after-commit action failed: %s", e.getMessage());
                }
            }
        });
    }

    /** As {@link #run}, once per transaction for a given {@code key} (the first action registered wins). */
    public void runOnce(String key, Runnable action) {
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            if (transactions.getResource(key) != null) {
                return;
            }
            transactions.putResource(key, Boolean.TRUE);
        }
        run(action);
    }
}
