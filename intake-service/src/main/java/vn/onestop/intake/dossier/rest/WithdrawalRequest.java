package vn.onestop.intake.dossier.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/dossiers/{code}/withdrawal}. */
public record WithdrawalRequest(@NotBlank @Size(max = 1000) String reason) {
}
