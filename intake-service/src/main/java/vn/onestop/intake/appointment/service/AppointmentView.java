package vn.onestop.intake.appointment.service;

import java.time.OffsetDateTime;
import java.util.UUID;

public record AppointmentView(UUID id, String serviceCentre, String procedureId, OffsetDateTime slotStart,
                              OffsetDateTime slotEnd, String status, String applicantName, String applicantIdNumber) {
}
