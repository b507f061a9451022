-- One row per domain event an event handler has acted on (src/platform/events.ts). Events are
-- delivered at least once; a handler inserts its receipt in the transaction of its own effect, so a
-- second delivery of the same event finds the row and does nothing. Rows older than any redelivery
-- could be are pruned daily.
create table event_receipts (
  handler text not null,
  event_id uuid not null,
  handled_at timestamptz not null,
  primary key (handler, event_id)
);
create index event_receipts_handled_at on event_receipts (handled_at);
