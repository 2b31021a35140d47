package vn.onestop.intake.catalog.service;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import vn.onestop.contracts.EventType;
import vn.onestop.intake.catalog.domain.Procedure;
import vn.onestop.intake.catalog.domain.ReferenceSnapshot;
import vn.onestop.intake.catalog.messaging.CatalogPublishedData;
import vn.onestop.platform.messaging.Outbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Publishes the catalog's reference data (CatalogPublished, on the compacted catalog topic) when it
 * differs from what was last published: at start (new catalog files) and every hour (a procedure
 * version coming into force changes a name or a national code). The last published hash is kept in
 * {@code catalog_publication}, whose row lock makes replicas publish a change once.
 */
@ApplicationScoped
public class CatalogPublisher {

    private final CatalogService catalog;
    private final Outbox outbox;
    private final EntityManager entityManager;
    private final Clock clock;

    CatalogPublisher(CatalogService catalog, Outbox outbox, EntityManager entityManager, Clock clock) {
        this.catalog = catalog;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent start) {
        publishIfChanged();
    }

    @Scheduled(every = "${onestop.catalog-publication.every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void hourly() {
        publishIfChanged();
    }

    /** Publishes the snapshot of today's catalog if its hash differs from the last one; true if it did. */
    public boolean publishIfChanged() {
        ReferenceSnapshot snapshot = ReferenceSnapshot.of(catalog.administration(), procedures());
        String sha256 = snapshot.sha256();
        return QuarkusTransaction.requiringNew().call(() -> {
            entityManager.createNativeQuery("""
                    insert into catalog_publication (province, sha256, published_at) values (?1, '', ?2)
                    on conflict do nothing""").setParameter(1, snapshot.province()).setParameter(2, now()).executeUpdate();
            String last = (String) entityManager.createNativeQuery(
                            "select sha256 from catalog_publication where province = ?1 for update")
                    .setParameter(1, snapshot.province()).getSingleResult();
            if (sha256.equals(last)) {
                return false;
            }
            OffsetDateTime now = now();
            outbox.publish(EventType.CATALOG_PUBLISHED, snapshot.province(), CatalogPublishedData.of(snapshot, now));
            entityManager.createNativeQuery("update catalog_publication set sha256 = ?1, published_at = ?2 where province = ?3")
                    .setParameter(1, sha256).setParameter(2, now).setParameter(3, snapshot.province()).executeUpdate();
            Log.infof("catalog reference data published (%d units, %d agencies, %d procedures, sha256 %s)",
                    snapshot.administrativeUnits().size(), snapshot.agencies().size(), snapshot.procedures().size(), sha256);
            return true;
        });
    }

    /** Every procedure id, in its version in force today or else its latest: dossiers of any of them may be reported. */
    public List<Procedure> procedures() {
        return catalog.catalog().currentOrLatest(catalog.today()).stream()
                .filter(Procedure.class::isInstance).map(Procedure.class::cast).toList();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
