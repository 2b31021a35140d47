-- Intake's copy of the working-day calendars processing owns, fed by CalendarChanged. Only a
-- newer version replaces a row, so a late or replayed event never rolls a calendar back.
create table calendar_copy (
    agency      text primary key,
    version     integer not null,
    data        text not null,
    received_at timestamptz not null
);
