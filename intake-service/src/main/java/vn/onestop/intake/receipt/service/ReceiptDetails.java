package vn.onestop.intake.receipt.service;

import vn.onestop.intake.receipt.domain.ReceiptData;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What the slip prints beyond the dossier row: the promised return time, the components received
 * and a counter appointment. Called inside the transaction that reads the dossier. Until the
 * deadline, component and appointment features provide it, {@link ReceiptLookups} answers
 * {@link Details#NONE} and the slip says the date will be announced.
 */
public interface ReceiptDetails {

    Details of(UUID dossierId);

    /**
     * @param dueAt       the promised return time, or {@code null}
     * @param appointment a booked counter appointment, or {@code null}
     */
    record Details(OffsetDateTime dueAt, List<ReceiptData.Component> components, Appointment appointment) {

        public static final Details NONE = new Details(null, List.of(), null);

        public Details {
            components = components == null ? List.of() : List.copyOf(components);
        }
    }

    /** @param end may be {@code null} */
    record Appointment(OffsetDateTime start, OffsetDateTime end, String place) {
    }
}
