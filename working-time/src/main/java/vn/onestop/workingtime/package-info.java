/**
 * Working-time arithmetic shared by intake (the due date on the receipt) and processing (pauses,
 * at-risk/overdue, apology letters, report classification). Plain Java: calendars are data
 * ({@link vn.onestop.workingtime.WorkCalendars}), results are immutable values
 * ({@link vn.onestop.workingtime.Deadline}) that services store and never recompute silently.
 */
package vn.onestop.workingtime;
