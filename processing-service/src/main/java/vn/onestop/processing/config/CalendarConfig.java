package vn.onestop.processing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import vn.onestop.workingtime.CalendarCoverage;

/** The working-day calendars, under {@code onestop.calendar}. */
@ConfigMapping(prefix = "onestop.calendar")
public interface CalendarConfig {

    /** How many days before the end of a calendar's covered years operators are warned. */
    @WithDefault("" + CalendarCoverage.DEFAULT_WARNING_DAYS)
    int coverageWarningDays();
}
