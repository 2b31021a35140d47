-- Tracing through the outbox (docs/adr/0021): the W3C trace context of the state change an event
-- announces, published as its ce_traceparent / ce_tracestate. Null for rows written before.
alter table outbox_event add column trace_parent text, add column trace_state text;

-- The trace context a dossier arrived with (its DossierSubmitted): work on the case that did not
-- arrive in that trace (an officer's request, the deadline watch) continues it, so that one trace
-- shows the dossier from submission to its last chained result. Null for cases opened before.
alter table case_file add column trace_parent text, add column trace_state text;
