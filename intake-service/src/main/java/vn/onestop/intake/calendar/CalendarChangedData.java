package vn.onestop.intake.calendar;

import com.fasterxml.jackson.databind.JsonNode;

/** What intake reads of CalendarChanged (contracts: schemas/calendar-changed.v1.json). */
public record CalendarChangedData(String agency, int version, JsonNode calendar) {
}
