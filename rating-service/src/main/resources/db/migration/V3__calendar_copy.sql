-- rating's copy of the working-day calendars processing owns, fed by CalendarChanged (read by
-- platform-calendars' CalendarCopies): feedback is due in the working days of its agency. Only a
-- newer version replaces a row, so a late or replayed event never rolls a calendar back.
create table calendar_copy (
    agency      text primary key,
    version     int         not null,
    data        text        not null,
    received_at timestamptz not null
);
