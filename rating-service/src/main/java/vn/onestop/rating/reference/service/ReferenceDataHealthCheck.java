package vn.onestop.rating.reference.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready until intake's reference data (units, agencies, procedure codes) is known: without it
 * the indices, rankings and statistics could only answer 503, and the portal pushes wait. A new
 * installation becomes ready once intake-service has published it (at its start).
 */
@Readiness
@ApplicationScoped
public class ReferenceDataHealthCheck implements org.eclipse.microprofile.health.HealthCheck {

    private final References references;

    ReferenceDataHealthCheck(References references) {
        this.references = references;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("reference-data").status(references.loaded().isPresent()).build();
    }
}
