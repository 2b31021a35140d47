package vn.onestop.intake.dossier.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import vn.onestop.intake.dossier.domain.Dossier;
import vn.onestop.intake.dossier.domain.DossierComponent;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Data of DossierSubmitted (contracts: schemas/dossier-submitted.v1.json). It carries what the
 * downstream services need — components, the promise, the chain plan — so none reads intake's
 * database.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DossierSubmittedData(UUID dossierId, String code, String procedureId, String kind, UUID parentId,
                                   String parentCode, String bundleId, String catalogVersion, String channel,
                                   String receivingAgency, String competentAgency, Applicant applicant,
                                   Map<String, String> representative, @JsonProperty("notify") List<String> notifyChannels, String status,
                                   int nationalStatusCode, OffsetDateTime receivedAt, OffsetDateTime dueAt,
                                   Limit timeLimit, List<Component> components, List<Map<String, String>> waitingFor,
                                   Chain chain, Map<String, String> agencies, String onlineService,
                                   Boolean feeBearing) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Applicant(String type, String fullName, String idNumber, String email, String phone) {
    }

    public record Limit(int value, String unit) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Component(String code, String name, int digitizationState, String source, String documentRef,
                            String sha256, String mediaType, Long sizeBytes, ProvidedBy providedBy,
                            ReusedFrom reusedFrom) {

        public static Component of(DossierComponent c) {
            return new Component(c.key.code(), c.name, c.digitizationState, c.source, c.documentRef, c.sha256,
                    c.mediaType, c.sizeBytes, c.providedBy == null ? null : new ProvidedBy(c.providedBy, c.key.code()),
                    ReusedFrom.parse(c.reusedFrom));
        }
    }

    /** source DOSSIER: the earlier dossier and its component that this one reuses. */
    public record ReusedFrom(String dossierCode, String component) {
        static ReusedFrom parse(String value) {
            if (value == null) {
                return null;
            }
            int hash = value.indexOf('#');
            return new ReusedFrom(value.substring(0, hash), value.substring(hash + 1));
        }
    }

    public record ProvidedBy(String procedureId, String component) {
    }

    public record Chain(String bundleId, List<ChainMember> members, List<ChainEdgeData> edges, Limit endToEndLimit) {
    }

    public record ChainMember(String procedureId, UUID dossierId, String code, boolean optional) {
    }

    public record ChainEdgeData(String from, String to, String component) {
    }

    public static DossierSubmittedData of(Dossier d, List<DossierComponent> components, Chain chain,
                                          Map<String, String> agencies) {
        String parentCode = d.parentId == null ? null : Dossier.<Dossier>findByIdOptional(d.parentId)
                .map(p -> p.code).orElse(null);
        List<Map<String, String>> waiting = d.waitingFor.stream()
                .map(w -> Map.of("procedureId", w.get("procedureId"), "dossierId", w.get("dossierId"),
                        "dossierCode", w.get("dossierCode"), "component", w.get("component"),
                        "type", w.getOrDefault("type", "RESULT")))
                .toList();
        return new DossierSubmittedData(d.id, d.code, d.procedureId, d.kind, d.parentId, parentCode, d.bundleId,
                d.catalogVersion, d.channel.name(), d.receivingAgency, d.competentAgency,
                new Applicant(d.applicantType.name(), d.applicantName, d.applicantIdNumber, d.applicantEmail,
                        d.applicantPhone),
                d.representative, d.notify, d.status.name(), d.nationalStatusCode, d.receivedAt, d.dueAt,
                d.timeLimitUnit == null ? null : new Limit(d.timeLimitValue, d.timeLimitUnit),
                components.stream().map(Component::of).toList(),
                waiting, chain, agencies, d.onlineService, d.feeBearing);
    }
}
