package vn.onestop.intake.dossier.domain;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/**
 * What a dossier waiting for acceptance (national status 1) will announce once accepted: its
 * DossierSubmitted's chain plan and the agencies of its place as they were planned when it was
 * filed, and the published time limit its promise is computed from at the acceptance (absent for a
 * bundle member that waits for an upstream result).
 */
public record HeldSubmission(JsonNode chain, Map<String, String> agencies, Integer limitValue, String limitUnit,
                             String limitCutoff) {
}
