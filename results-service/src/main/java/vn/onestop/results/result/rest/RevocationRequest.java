package vn.onestop.results.result.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/results/{id}/revocation}. */
public record RevocationRequest(
        @NotBlank(message = "must say why the result is revoked") @Size(max = 2000) String reason,
        @NotBlank(message = "must name who revokes the result") @Size(max = 200) String revokedBy) {
}
