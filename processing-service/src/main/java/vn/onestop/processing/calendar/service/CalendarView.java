package vn.onestop.processing.calendar.service;

import com.fasterxml.jackson.databind.JsonNode;
import vn.onestop.workingtime.CalendarCoverage;

import java.time.OffsetDateTime;

/**
 * A calendar as the admin API shows it; {@code appliesFrom} says where an agency inherits it from,
 * {@code coverage} until when it holds the days off, which coming ones are still unverified, and
 * the warning operators must act on.
 */
public record CalendarView(String agency, String appliesFrom, int version, OffsetDateTime changedAt,
                           CalendarCoverage coverage, JsonNode calendar) {
}
