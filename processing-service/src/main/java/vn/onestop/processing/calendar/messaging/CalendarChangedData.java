package vn.onestop.processing.calendar.messaging;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/** Data of CalendarChanged (contracts: schemas/calendar-changed.v1.json). */
public record CalendarChangedData(String agency, int version, OffsetDateTime changedAt, JsonNode calendar) {
}
