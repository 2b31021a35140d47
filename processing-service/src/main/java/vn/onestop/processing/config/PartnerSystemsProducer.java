package vn.onestop.processing.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import vn.onestop.processing.partner.domain.PartnerSystems;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The configured partner systems, checked once at start (a bad name or a shared agency stops it). */
@ApplicationScoped
public class PartnerSystemsProducer {

    @Produces
    @Singleton
    PartnerSystems partnerSystems(PartnerConfig config) {
        Map<String, List<String>> agencies = new TreeMap<>();
        config.systems().forEach((partner, system) -> agencies.put(partner, system.agencies()));
        return new PartnerSystems(agencies);
    }
}
