package vn.onestop.intake.payment.service;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import vn.onestop.intake.config.PaymentConfig;
import vn.onestop.intake.payment.gateway.PaymentGateway;

/**
 * Asks the gateway, on a schedule, about payments whose callback has not come
 * ({@code onestop.payments.reconcile.*}). Several replicas may run it at once: applying an outcome
 * locks the obligation and is idempotent.
 */
@ApplicationScoped
public class PaymentReconciler {

    private final OnlinePayments payments;
    private final PaymentGateway gateway;
    private final PaymentConfig config;

    PaymentReconciler(OnlinePayments payments, PaymentGateway gateway, PaymentConfig config) {
        this.payments = payments;
        this.gateway = gateway;
        this.config = config;
    }

    @Scheduled(every = "${onestop.payments.reconcile.every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        if (!gateway.configured()) {
            return;
        }
        try {
            payments.reconcile(config.reconcile().after());
        } catch (RuntimeException e) {
            Log.warnf("payment reconciliation failed, next round retries: %s", e.getMessage());
        }
    }
}
