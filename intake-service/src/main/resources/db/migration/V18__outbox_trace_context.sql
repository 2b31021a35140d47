-- Tracing through the outbox (docs/adr/0021): the W3C trace context of the state change an event
-- announces, published as its ce_traceparent / ce_tracestate. Null for rows written before.
alter table outbox_event add column trace_parent text, add column trace_state text;
