package vn.onestop.platform.calendars;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.onestop.platform.messaging.EventInbox;

/**
 * Keeps the service's copy of the calendars processing owns. The service configures the channel
 * {@code calendar-events} on {@code onestop.calendar.events.v1} (read from the earliest offset, with
 * its dead-letter topic); the consumer is named after the service.
 */
@ApplicationScoped
public class CalendarEventsConsumer {

    private final EventInbox inbox;
    private final CalendarCopies calendars;
    private final String consumer;

    CalendarEventsConsumer(EventInbox inbox, CalendarCopies calendars,
                           @ConfigProperty(name = "quarkus.application.name") String consumer) {
        this.inbox = inbox;
        this.calendars = calendars;
        this.consumer = consumer;
    }

    @Incoming("calendar-events")
    @Blocking
    public void onCalendarEvent(ConsumerRecord<String, String> record) {
        inbox.handle(consumer, record, event -> {
            switch (event.type()) {
                case CALENDAR_CHANGED -> calendars.apply(event, event.dataAs(CalendarChangedData.class));
                default -> {
                    // nothing else is published on the calendar topic
                }
            }
        });
    }
}
