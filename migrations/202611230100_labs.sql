-- Labs (working tables of a network), their members, their programme of meetings with agendas, and
-- registrations to meetings (src/modules/labs/). Visibility follows identity's model (CONVENTIONS.md).

create table labs (
  id uuid primary key,
  network_id uuid not null references networks (id) on delete cascade,
  slug text not null unique,
  title text not null check (char_length(title) between 1 and 200),
  theme text not null default '',
  objectives text[] not null default '{}',
  sub_themes text[] not null default '{}',
  description text,          -- Markdown
  period_start date,
  period_end date,
  venue text,
  visibility text not null default 'public' check (visibility in ('public', 'network', 'pa', 'participants')),
  created_by uuid references accounts (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (period_end is null or period_start is null or period_end >= period_start)
);
create index labs_network_idx on labs (network_id);

create table lab_members (
  lab_id uuid not null references labs (id) on delete cascade,
  account_id uuid not null references accounts (id) on delete cascade,
  role text not null check (role in ('facilitator', 'member')),
  created_at timestamptz not null default now(),
  primary key (lab_id, account_id)
);
create index lab_members_account_idx on lab_members (account_id);

create table meetings (
  id uuid primary key,
  lab_id uuid not null references labs (id) on delete cascade,
  slug text not null,
  title text not null check (char_length(title) between 1 and 200),
  kind text not null default '',           -- a free label: opening, thematic, closing…
  position integer not null default 0,
  mode text not null check (mode in ('in-person', 'online', 'hybrid')),
  venue text,
  address text,
  accessibility_notes text,
  online_url text,                         -- shown only to confirmed participants, from 30 min before
  description text,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  time_zone text not null default 'Europe/Rome',
  capacity integer check (capacity is null or capacity > 0),   -- null: unlimited
  registration_opens_at timestamptz,
  registration_closes_at timestamptz,
  waitlist boolean not null default true,
  visibility text not null default 'public' check (visibility in ('public', 'network', 'pa', 'participants')),
  status text not null default 'scheduled' check (status in ('scheduled', 'cancelled', 'closed')),
  created_by uuid references accounts (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (lab_id, slug),
  check (ends_at > starts_at)
);
create index meetings_lab_idx on meetings (lab_id, position);
create index meetings_starts_idx on meetings (starts_at);

create table agenda_items (
  id uuid primary key,
  meeting_id uuid not null references meetings (id) on delete cascade,
  position integer not null default 0,
  title text not null check (char_length(title) between 1 and 300),
  duration_minutes integer check (duration_minutes is null or duration_minutes between 1 and 1440),
  speaker text,
  kind text not null default 'talk' check (kind in ('talk', 'discussion', 'guided-visit', 'break'))
);
create index agenda_items_meeting_idx on agenda_items (meeting_id, position);

create table registrations (
  id uuid primary key,
  meeting_id uuid not null references meetings (id) on delete cascade,
  account_id uuid not null references accounts (id) on delete cascade,
  status text not null check (status in ('confirmed', 'waitlisted', 'cancelled')),
  code text not null unique,               -- shown to the participant, used at check-in
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
-- One live registration per person and meeting; cancelled ones stay as history.
create unique index registrations_live_idx on registrations (meeting_id, account_id) where status <> 'cancelled';
create index registrations_waitlist_idx on registrations (meeting_id, status, created_at);
create index registrations_account_idx on registrations (account_id);
