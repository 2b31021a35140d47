package vn.onestop.intake.dossier.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.onestop.intake.dossier.domain.ApplicantType;
import vn.onestop.intake.dossier.domain.Channel;

/** Body of {@code POST /api/v1/dossiers}. */
public record SubmissionRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_.-]+", message = "must be a catalog id such as P1")
        String procedureId,
        @NotNull Channel channel,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9.]{1,40}", message = "must be an agency code such as 000.00.01.H22")
        String receivingAgency,
        @NotNull @Valid Applicant applicant) {

    public record Applicant(
            @NotNull ApplicantType type,
            @NotBlank @Size(max = 200) String fullName,
            @NotBlank @Pattern(regexp = "[0-9A-Za-z]{9,15}", message = "must be a personal ID, tax or registration number (9-15 letters or digits)")
            String idNumber,
            @Email @Size(max = 200) String email,
            @Pattern(regexp = "\\+?[0-9]{9,15}", message = "must be a phone number") String phone) {
    }
}
