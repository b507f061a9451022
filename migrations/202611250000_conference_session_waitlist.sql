-- Waiting lists for conference sessions with limited places (src/modules/conferences/). A row of
-- conference_session_registrations is now either a place (`confirmed`) or a place in the queue
-- (`waitlisted`); only confirmed rows count against the session's capacity. `arrival` keeps the
-- order people joined in (created_at can tie within a millisecond, or under a frozen test clock),
-- so the first to queue is the first to get a freed place. Existing rows are places: confirmed.
alter table conference_session_registrations
  add column status text not null default 'confirmed' check (status in ('confirmed', 'waitlisted')),
  add column arrival bigint generated always as identity;

-- Counting places and finding the first person waiting, per session.
create index conference_session_registrations_queue_idx
  on conference_session_registrations (session_id, status, arrival);
