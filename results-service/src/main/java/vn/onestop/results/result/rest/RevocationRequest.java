package vn.onestop.results.result.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/results/{id}/revocation}; who revokes is the caller. */
public record RevocationRequest(
        @NotBlank(message = "must say why the result is revoked") @Size(max = 2000) String reason) {
}
