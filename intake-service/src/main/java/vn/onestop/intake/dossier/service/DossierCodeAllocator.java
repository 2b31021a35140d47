package vn.onestop.intake.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.onestop.intake.dossier.domain.DossierCode;

import java.time.LocalDate;

/**
 * Allocates the day's next number at an agency inside the caller's transaction. The upsert locks
 * the counter row until commit, so concurrent submissions to one agency queue for it and a rolled
 * back submission gives its number back: no gaps, no duplicates. Callers take it as late as they
 * can, once everything that does not need the code is done ({@link DossierSubmission}).
 */
@ApplicationScoped
public class DossierCodeAllocator {

    private final EntityManager entityManager;

    DossierCodeAllocator(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String agencyCode, LocalDate receptionDay) {
        Number sequence = (Number) entityManager.createNativeQuery("""
                        insert into dossier_code_counter (agency, day, last_seq) values (?1, ?2, 1)
                        on conflict (agency, day) do update set last_seq = dossier_code_counter.last_seq + 1
                        returning last_seq""")
                .setParameter(1, agencyCode)
                .setParameter(2, receptionDay)
                .getSingleResult();
        return DossierCode.format(agencyCode, receptionDay, sequence.intValue());
    }
}
