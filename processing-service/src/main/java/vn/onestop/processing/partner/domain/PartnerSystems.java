package vn.onestop.processing.partner.domain;

import vn.onestop.contracts.Topics;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The partner agency systems connected to the platform and the agencies each one acts for (data:
 * {@code onestop.partners.<partner>.agencies}). A task of such an agency is worked by its partner
 * system: processing-service gives it to the partner on the partner's own tasks topic and takes the
 * partner's answer only from the partner's own replies topic, whose writer the broker has
 * authenticated. An agency has at most one partner system.
 */
public final class PartnerSystems {

    private final Map<String, String> partnerByAgency;
    private final Map<String, List<String>> agenciesByPartner;

    public PartnerSystems(Map<String, List<String>> agenciesByPartner) {
        Map<String, String> byAgency = new TreeMap<>();
        Map<String, List<String>> byPartner = new TreeMap<>();
        agenciesByPartner.forEach((partner, agencies) -> {
            if (!Topics.isPartnerName(partner)) {
                throw new IllegalArgumentException("partner name '" + partner
                        + "' must be lower-case letters and digits in words joined by '-' (it names topics)");
            }
            if (agencies == null || agencies.isEmpty()) {
                throw new IllegalArgumentException("partner " + partner + " acts for no agency");
            }
            for (String agency : agencies) {
                String other = byAgency.putIfAbsent(agency.strip(), partner);
                if (other != null) {
                    throw new IllegalArgumentException("agency " + agency + " has two partner systems: "
                            + other + " and " + partner);
                }
            }
            byPartner.put(partner, List.copyOf(agencies.stream().map(String::strip).toList()));
        });
        this.partnerByAgency = Collections.unmodifiableMap(byAgency);
        this.agenciesByPartner = Collections.unmodifiableMap(byPartner);
    }

    /** The partner system that works the tasks of {@code agency}, if it has one. */
    public Optional<String> partnerOf(String agency) {
        return Optional.ofNullable(agency == null ? null : partnerByAgency.get(agency));
    }

    /** Every partner system and the agencies it acts for. */
    public Map<String, List<String>> partners() {
        return agenciesByPartner;
    }

    /**
     * Why {@code sender} may not answer a task of {@code taskAgency}, or empty when it may: the
     * topic it wrote to names the sender, so this is the whole check of who answers what.
     */
    public Optional<String> refusal(String sender, String taskAgency) {
        Optional<String> owner = partnerOf(taskAgency);
        if (owner.isEmpty()) {
            return Optional.of("the task of agency " + taskAgency + " is an officer's task (agency "
                    + taskAgency + " has no partner system), not partner " + sender + "'s");
        }
        if (!owner.get().equals(sender)) {
            return Optional.of("partner " + sender + " does not act for agency " + taskAgency
                    + " (its tasks are partner " + owner.get() + "'s)");
        }
        return Optional.empty();
    }
}
