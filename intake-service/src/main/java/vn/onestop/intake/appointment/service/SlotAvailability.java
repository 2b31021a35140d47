package vn.onestop.intake.appointment.service;

import java.time.OffsetDateTime;

public record SlotAvailability(OffsetDateTime slotStart, OffsetDateTime slotEnd, int capacity, int booked,
                               int available) {
}
