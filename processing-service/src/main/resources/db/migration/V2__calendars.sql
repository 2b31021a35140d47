-- Working-day calendars per agency ("default" applies where an agency has none). Processing owns
-- them; every change is announced as CalendarChanged on the compacted calendar topic, from which
-- intake keeps its copy for the due date it promises on the receipt.
create table agency_calendar (
    agency     text primary key,
    version    integer not null,
    data       text not null,
    changed_at timestamptz not null
);
