package vn.onestop.intake.dossier.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.onestop.intake.dossier.service.SubmissionRequest.Component;

import java.util.List;

/** Body of {@code POST /api/v1/dossiers/{code}/supplements}: the components asked for. */
public record SupplementRequest(@NotEmpty @Size(max = 50) List<@NotNull @Valid Component> components) {
}
