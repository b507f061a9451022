-- Short-lived, single-use tickets that let a non-browser client open the /live WebSocket. Kept in the
-- database (hashed), not in memory, so a ticket issued by one process is accepted by any other and
-- cannot be used twice even when several processes serve /live.
create table live_tickets (
  id text primary key,               -- sha-256 of the ticket; the ticket itself is never stored
  account_id uuid not null references accounts (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);
create index live_tickets_expires_idx on live_tickets (expires_at);
