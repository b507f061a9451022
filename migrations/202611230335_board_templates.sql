-- Session templates saved by a network's facilitators (src/modules/boards/templates.service.ts): the
-- columns of a session (title and prompt each), kept under a name so that whoever can create sessions
-- in the network can start from them. Names are unique per network regardless of case. The saver's
-- name is copied, as board participants' names are, so the list needs nothing from identity's tables.
create table board_templates (
  id uuid primary key,
  network_id uuid not null references networks (id) on delete cascade,
  name text not null check (char_length(name) between 1 and 120),
  columns jsonb not null,
  created_by uuid references accounts (id) on delete set null,
  created_by_name text not null,
  created_at timestamptz not null default now()
);
create unique index board_templates_network_name on board_templates (network_id, lower(name));
