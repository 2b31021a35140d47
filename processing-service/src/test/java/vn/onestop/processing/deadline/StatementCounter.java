package vn.onestop.processing.deadline;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Counts the SQL statements Hibernate prepares on the calling thread while {@link #count} runs, and
 * the transactions they ran in: exactly the work of that call, not that of the consumers, the outbox
 * relay or other tests running meanwhile. Test-only; passes every statement through unchanged.
 * Hibernate finds it by its qualifier; tests call the static {@link #count}.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class StatementCounter implements StatementInspector {

    /** What one call cost. */
    public record Cost<T>(T result, int statements, int transactions, List<String> sql) {
    }

    private static final class Recording {
        int statements;
        final Set<Object> transactions = new HashSet<>();
        final List<String> sql = new ArrayList<>();
    }

    private static final ThreadLocal<Recording> RECORDING = new ThreadLocal<>();

    private final TransactionSynchronizationRegistry registry;

    StatementCounter(TransactionSynchronizationRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String inspect(String sql) {
        Recording recording = RECORDING.get();
        if (recording != null) {
            recording.statements++;
            Object key = registry.getTransactionKey();
            recording.transactions.add(key == null ? "no transaction " + recording.statements : key);
            if (recording.sql.size() < 10) {
                recording.sql.add(sql);
            }
        }
        return sql;
    }

    public static <T> Cost<T> count(Supplier<T> work) {
        Recording recording = new Recording();
        RECORDING.set(recording);
        try {
            T result = work.get();
            return new Cost<>(result, recording.statements, recording.transactions.size(), List.copyOf(recording.sql));
        } finally {
            RECORDING.remove();
        }
    }
}
