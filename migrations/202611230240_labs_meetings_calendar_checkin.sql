-- Labs, second slice (src/modules/labs/): personal calendar feeds behind a secret URL, reminder
-- bookkeeping, meeting editing (a version that moves with every change), registration questions and
-- registrations on someone's behalf, check-in, minutes with a version check, and closing a meeting.

-- Every change to a meeting's time or status bumps `version`: scheduled reminders carry the version
-- they were made for and do nothing when it has moved on.
alter table meetings add column version integer not null default 1;
-- Minutes in Markdown, edited one person at a time: a save names the version it was based on.
alter table meetings add column minutes text;
alter table meetings add column minutes_version integer not null default 0;
alter table meetings add column minutes_updated_at timestamptz;
alter table meetings add column minutes_updated_by uuid references accounts (id) on delete set null;
-- Filled when the meeting is closed.
alter table meetings add column attendees integer check (attendees is null or attendees >= 0);
alter table meetings add column attending_organisations integer
  check (attending_organisations is null or attending_organisations >= 0);
alter table meetings add column closed_at timestamptz;

alter table registrations add column checked_in_at timestamptz;
alter table registrations add column registered_by uuid references accounts (id) on delete set null;

-- A person's feed of the meetings they registered for, at /calendar/<token>/meetings.ics.
create table calendar_feeds (
  account_id uuid primary key references accounts (id) on delete cascade,
  token text not null unique,
  created_at timestamptz not null default now()
);

-- One row per reminder mailed: the primary key is what stops a second worker (or a duplicate job)
-- from mailing the same reminder twice. `starts_at` is part of it: a moved meeting gets new reminders.
create table meeting_reminders_sent (
  meeting_id uuid not null references meetings (id) on delete cascade,
  account_id uuid not null references accounts (id) on delete cascade,
  kind text not null check (kind in ('24h', '1h')),
  starts_at timestamptz not null,
  sent_at timestamptz not null default now(),
  primary key (meeting_id, account_id, kind, starts_at)
);

create table meeting_questions (
  id uuid primary key,
  meeting_id uuid not null references meetings (id) on delete cascade,
  position integer not null default 0,
  label text not null check (char_length(label) between 1 and 300),
  required boolean not null default false
);
create index meeting_questions_meeting_idx on meeting_questions (meeting_id, position);

create table registration_answers (
  registration_id uuid not null references registrations (id) on delete cascade,
  question_id uuid not null references meeting_questions (id) on delete cascade,
  answer text not null check (char_length(answer) <= 2000),
  primary key (registration_id, question_id)
);
