package vn.onestop.intake.appointment.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;

/** Body of {@code POST /api/v1/appointments}. */
public record BookingRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9.]{1,40}", message = "must be an agency code such as 000.00.01.H22")
        String serviceCentre,
        @NotBlank @Size(max = 64) String procedureId,
        @NotNull OffsetDateTime slotStart,
        @NotNull @Valid Applicant applicant) {

    public record Applicant(
            @NotBlank @Size(max = 200) String fullName,
            @NotBlank @Pattern(regexp = "[0-9A-Za-z]{9,15}", message = "must be a personal ID, tax or registration number (9-15 letters or digits)")
            String idNumber,
            @Pattern(regexp = "\\+?[0-9]{9,15}", message = "must be a phone number") String phone) {
    }
}
