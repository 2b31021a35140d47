package vn.onestop.platform.calendars;

import com.fasterxml.jackson.databind.JsonNode;

/** What a copy reads of CalendarChanged (contracts: schemas/calendar-changed.v1.json). */
public record CalendarChangedData(String agency, int version, JsonNode calendar) {
}
