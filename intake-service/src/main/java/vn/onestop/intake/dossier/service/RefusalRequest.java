package vn.onestop.intake.dossier.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Body of {@code POST /api/v1/dossiers/{code}/refusal}: why the centre does not receive an online
 * submission. With {@code missingItems} it is the one written guidance of what to add (form 02);
 * without, a refusal with its reason (form 03).
 */
public record RefusalRequest(@NotBlank @Size(max = 2000) String reason,
                             @Size(max = 30) List<@NotNull @NotBlank @Size(max = 500) String> missingItems) {

    public RefusalRequest {
        missingItems = missingItems == null ? List.of() : missingItems;
    }
}
