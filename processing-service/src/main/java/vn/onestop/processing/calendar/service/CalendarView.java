package vn.onestop.processing.calendar.service;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/** A calendar as the admin API shows it; {@code appliesFrom} says where an agency inherits it from. */
public record CalendarView(String agency, String appliesFrom, int version, OffsetDateTime changedAt,
                           JsonNode calendar) {
}
