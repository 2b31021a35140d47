package vn.onestop.rating.projection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * A PostgreSQL advisory lock between the live projection and a rebuild's swap, across replicas:
 * every live fold holds it shared for its transaction; the swap holds it exclusively, so no live
 * fold commits between the moment the swap reads the topics' end offsets and the moment the
 * rebuilt tables replace the live ones.
 */
@ApplicationScoped
public class ProjectionLock {

    /** An arbitrary constant naming this lock in pg_locks ("rating projection"). */
    static final long KEY = 0x7261_7469_6e67_70L;

    private final EntityManager entityManager;

    ProjectionLock(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void shared() {
        entityManager.createNativeQuery("select cast(pg_advisory_xact_lock_shared(?1) as text)")
                .setParameter(1, KEY).getSingleResult();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void exclusive() {
        entityManager.createNativeQuery("select cast(pg_advisory_xact_lock(?1) as text)")
                .setParameter(1, KEY).getSingleResult();
    }
}
