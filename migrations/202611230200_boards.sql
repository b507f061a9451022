-- Participatory board sessions (src/modules/boards/). The server is authoritative: every command is
-- validated, applied to these tables and recorded as an event with the session's next `seq`, all in
-- one transaction that locks the session row. See docs/board-protocol.md.

create table board_sessions (
  id uuid primary key,
  network_id uuid not null references networks (id) on delete cascade,
  lab_id uuid references labs (id) on delete set null,
  meeting_id uuid references meetings (id) on delete set null,
  title text not null check (char_length(title) between 1 and 200),
  template text not null check (template in ('issues-solutions-practices', 'common-goals',
    'project-opportunities-risks', 'swot', 'start-stop-continue', 'blank')),
  phase text not null default 'collect' check (phase in ('collect', 'group', 'vote', 'discuss', 'closed')),
  -- settings
  private_collect boolean not null default false,
  anonymous boolean not null default false,
  max_note_length integer not null default 280 check (max_note_length between 20 and 2000),
  vote_budget integer not null default 5 check (vote_budget between 1 and 50),
  group_cap integer not null default 3 check (group_cap between 1 and 50),
  hide_votes boolean not null default false,
  guests_allowed boolean not null default false,
  -- live state
  locked boolean not null default false,
  focus_group_id uuid,
  timer_ends_at timestamptz,          -- running timer: when it reaches zero
  timer_remaining_ms integer,         -- paused timer: what is left
  join_code text not null unique,     -- the secret part of the join link
  seq bigint not null default 0,      -- the last event's number
  created_by uuid references accounts (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  closed_at timestamptz
);
create index board_sessions_network_idx on board_sessions (network_id, created_at desc);
create index board_sessions_lab_idx on board_sessions (lab_id) where lab_id is not null;

create table board_columns (
  id uuid primary key,
  session_id uuid not null references board_sessions (id) on delete cascade,
  position integer not null,
  title text not null check (char_length(title) between 1 and 120),
  prompt text not null default '' check (char_length(prompt) <= 500),
  unique (session_id, position)
);

create table board_participants (
  id uuid primary key,
  session_id uuid not null references board_sessions (id) on delete cascade,
  account_id uuid references accounts (id) on delete cascade,
  name text not null check (char_length(name) between 1 and 120),
  role text not null check (role in ('facilitator', 'co-facilitator', 'participant', 'guest')),
  guest_token_hash text unique,       -- guests: the hash of their cookie token
  ready boolean not null default false,
  joined_at timestamptz not null default now(),
  check ((account_id is null) = (role = 'guest'))
);
create unique index board_participants_account_idx on board_participants (session_id, account_id)
  where account_id is not null;

create table board_groups (
  id uuid primary key,
  session_id uuid not null references board_sessions (id) on delete cascade,
  column_id uuid not null references board_columns (id) on delete cascade,
  name text not null default '' check (char_length(name) <= 120),
  created_at timestamptz not null default now()
);
create index board_groups_session_idx on board_groups (session_id);

create table board_notes (
  id uuid primary key,
  session_id uuid not null references board_sessions (id) on delete cascade,
  column_id uuid not null references board_columns (id) on delete cascade,
  group_id uuid not null references board_groups (id),
  author_id uuid not null references board_participants (id) on delete cascade,
  text text not null check (char_length(text) between 1 and 2000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index board_notes_session_idx on board_notes (session_id, created_at);
create index board_notes_group_idx on board_notes (group_id);

create table board_votes (
  session_id uuid not null references board_sessions (id) on delete cascade,
  group_id uuid not null references board_groups (id) on delete cascade,
  participant_id uuid not null references board_participants (id) on delete cascade,
  count integer not null check (count > 0),
  primary key (group_id, participant_id)
);
create index board_votes_session_idx on board_votes (session_id);

create table board_outcomes (
  id uuid primary key,
  session_id uuid not null references board_sessions (id) on delete cascade,
  group_id uuid references board_groups (id) on delete set null,
  kind text not null check (kind in ('outcome', 'action')),
  text text not null check (char_length(text) between 1 and 1000),
  owner text check (char_length(owner) <= 120),
  due date,
  created_by uuid references board_participants (id) on delete set null,
  created_at timestamptz not null default now()
);
create index board_outcomes_session_idx on board_outcomes (session_id, created_at);

-- Every accepted command's events, numbered per session. `audience` says who receives it
-- ('all'; 'staff': facilitators and the subject; 'self': the subject only), `data` is what everyone
-- in the audience gets, `self_data` what the subject gets on top. Also the audit trail of removals.
create table board_events (
  session_id uuid not null references board_sessions (id) on delete cascade,
  seq bigint not null,
  type text not null,
  audience text not null check (audience in ('all', 'staff', 'self')),
  subject_id uuid,
  data jsonb not null,
  self_data jsonb,
  actor_id uuid,
  created_at timestamptz not null default now(),
  primary key (session_id, seq)
);
