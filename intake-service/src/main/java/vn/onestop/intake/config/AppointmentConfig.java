package vn.onestop.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "onestop.intake.appointments")
public interface AppointmentConfig {

    /** Length of a counter appointment slot. */
    @WithDefault("30")
    int slotMinutes();

    /** Appointments a service centre takes per slot (its counters). */
    @WithDefault("4")
    int capacityPerSlot();

    /** How far ahead applicants may book. */
    @WithDefault("60")
    int bookingHorizonDays();
}
