package vn.onestop.intake.dossier.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import vn.onestop.intake.dossier.rest.SubmissionRequest.Component;

/** Body of {@code POST /api/v1/dossiers/{code}/supplements}: the components asked for. */
public record SupplementRequest(@NotEmpty @Size(max = 50) List<@NotNull @Valid Component> components) {
}
