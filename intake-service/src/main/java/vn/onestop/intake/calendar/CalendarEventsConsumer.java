package vn.onestop.intake.calendar;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.onestop.platform.messaging.EventInbox;

/** Keeps intake's copy of the calendars processing owns. */
@ApplicationScoped
public class CalendarEventsConsumer {

    private final EventInbox inbox;
    private final IntakeCalendars calendars;

    CalendarEventsConsumer(EventInbox inbox, IntakeCalendars calendars) {
        this.inbox = inbox;
        this.calendars = calendars;
    }

    @Incoming("calendar-events")
    @Blocking
    public void onCalendarEvent(ConsumerRecord<String, String> record) {
        inbox.handle("intake-service", record, event -> {
            switch (event.type()) {
                case CALENDAR_CHANGED -> calendars.apply(event, event.dataAs(CalendarChangedData.class));
                default -> {
                    // nothing else is published on the calendar topic
                }
            }
        });
    }
}
