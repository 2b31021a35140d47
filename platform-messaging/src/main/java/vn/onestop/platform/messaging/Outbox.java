package vn.onestop.platform.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import vn.onestop.contracts.EventType;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Writes an event into the transactional outbox, in the caller's database transaction, so the
 * event exists if and only if the state change it announces was committed. {@link OutboxRelay}
 * publishes it after the commit.
 */
@ApplicationScoped
public class Outbox {

    private static final String WAKE_REGISTERED = Outbox.class.getName() + ".wake";
    private static final String NOTIFY_REGISTERED = Outbox.class.getName() + ".notify";

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final ObjectMapper mapper;
    private final MessagingConfig config;
    private final OutboxRelay relay;
    private final AfterCommit afterCommit;
    private final DossierTraces traces;

    Outbox(EntityManager entityManager, TransactionSynchronizationRegistry transactions,
           ObjectMapper mapper, MessagingConfig config, OutboxRelay relay, AfterCommit afterCommit,
           DossierTraces traces) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.mapper = mapper;
        this.config = config;
        this.relay = relay;
        this.afterCommit = afterCommit;
        this.traces = traces;
    }

    /**
     * Records an event. Must run inside the transaction that changes the state the event describes.
     *
     * @param type      the contract of the event (topic, ce_type, schema)
     * @param dossierId the Kafka key and ce_subject: every event of a dossier goes to one partition
     * @param data      the event payload, serialized as JSON
     * @return the event id (ce_id)
     */
    public UUID publish(EventType type, UUID dossierId, Object data) {
        return publish(type, dossierId.toString(), data);
    }

    /**
     * Records an event keyed by something other than a dossier, such as the agency code of a
     * calendar on a compacted topic. The key is also the ce_subject.
     */
    public UUID publish(EventType type, String key, Object data) {
        return insert(type, type.topic(), key, data);
    }

    /**
     * Records an event for another topic its type is published on than the type's main one: a
     * partner's copy of TaskAssigned on {@code onestop.partner.<partner>.tasks.v1}.
     *
     * @param topic the topic without any test prefix; must be one {@code type} is published on
     */
    public UUID publishTo(String topic, EventType type, UUID dossierId, Object data) {
        if (!EventType.publishedOn(topic).contains(type)) {
            throw new IllegalArgumentException(type + " is not published on " + topic);
        }
        return insert(type, topic, dossierId.toString(), data);
    }

    private UUID insert(EventType type, String topic, String key, Object data) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("Outbox.publish must run inside an active transaction");
        }
        UUID id = UUID.randomUUID();
        String payload;
        try {
            payload = mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload of " + type + " is not serializable", e);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        // the trace the state change happened in travels with its event (ce_traceparent), so that the
        // consumers continue it (docs/adr/0021)
        TraceParent trace = traces.current(key).orElse(null);
        entityManager.createNativeQuery("""
                insert into outbox_event
                    (id, topic, message_key, ce_type, ce_source, ce_subject, ce_time, ce_dataschema, payload,
                     trace_parent, trace_state)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, cast(?9 as jsonb), cast(?10 as text), cast(?11 as text))
                """)
                .setParameter(1, id)
                .setParameter(2, config.topic(topic))
                .setParameter(3, key)
                .setParameter(4, type.ceType())
                .setParameter(5, type.ceSource())
                .setParameter(6, key)
                .setParameter(7, now)
                .setParameter(8, type.schemaPath())
                .setParameter(9, payload)
                .setParameter(10, trace == null ? null : trace.traceparent())
                .setParameter(11, trace == null ? null : trace.tracestate())
                .executeUpdate();
        wakeRelayAfterCommit();
        if (!relay.isLeader()) {
            notifyTheLeader();
        }
        Log.debugf("outbox: %s %s for %s", type.eventName(), id, key);
        return id;
    }

    private void wakeRelayAfterCommit() {
        afterCommit.runOnce(WAKE_REGISTERED, relay::wake);
    }

    /**
     * Another replica leads the relay: tell it, once per transaction. PostgreSQL delivers the
     * notification at commit and drops it on rollback. The leader's own commits skip this statement
     * (the in-process wake is enough), so a single replica pays nothing for it (docs/adr/0035).
     */
    private void notifyTheLeader() {
        if (transactions.getResource(NOTIFY_REGISTERED) != null) {
            return;
        }
        transactions.putResource(NOTIFY_REGISTERED, Boolean.TRUE);
        entityManager.createNativeQuery("notify " + OutboxListener.CHANNEL).executeUpdate();
    }
}
