package vn.onestop.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/** Walks every chain of the service's audit trail and reports where one stops fitting. */
@ApplicationScoped
public class AuditVerification {

    private static final int PAGE = 1000;

    private final AuditTrail trail;

    AuditVerification(AuditTrail trail) {
        this.trail = trail;
    }

    /** The outcome of a verification: how much was checked and every break found. */
    public record Report(boolean intact, int chains, long entries, List<AuditChain.Break> breaks) {
    }

    public Report verify() {
        List<AuditChain.Break> breaks = new ArrayList<>();
        long entries = 0;
        for (int stripe = 0; stripe < AuditChain.STRIPES; stripe++) {
            String chain = "s" + stripe;
            AuditChain.Verifier verifier = new AuditChain.Verifier(chain);
            long from = 1;
            while (true) {
                List<AuditEntry> page = trail.chain(chain, from, PAGE);
                page.forEach(verifier::check);
                if (page.size() < PAGE) {
                    break;
                }
                from = page.get(page.size() - 1).position() + 1;
            }
            entries += verifier.checked();
            breaks.addAll(verifier.breaks());
        }
        return new Report(breaks.isEmpty(), AuditChain.STRIPES, entries, breaks);
    }
}
