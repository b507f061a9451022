-- The catalogue's workflow around a practice: who reported it and what they agreed to, the signed
-- edit link of an anonymous submitter, the moderation history, members' comments and flags.
-- (src/modules/practices/workflow.*.ts, submissions.*, moderation.*, comments.*, flags.*)

-- One row per practice that came through "Report a project" (or a signed-in person's draft). The
-- submitter's name and address are for moderation mails only: never shown, exported or in the API.
create table practice_submissions (
  practice_id uuid primary key references practices (id) on delete cascade,
  submitter_name text not null default '' check (char_length(submitter_name) <= 120),
  submitter_email text not null default '' check (char_length(submitter_email) <= 254),
  submitter_account_id uuid references accounts (id) on delete set null,
  -- Language of the submitter's mails.
  submitter_language text not null default 'it' check (submitter_language in ('it', 'en')),
  organisation_name text check (char_length(organisation_name) <= 200),
  consent_publication_at timestamptz,
  consent_contact_at timestamptz,
  -- sha256 of the token of the mailed edit link (changes requested); only the hash is kept.
  edit_token_hash text unique,
  edit_token_expires_at timestamptz,
  -- The last moderator's reason, shown to the submitter (changes requested, rejected).
  reason text check (char_length(reason) <= 2000),
  submitted_at timestamptz,
  created_at timestamptz not null default now()
);
create index practice_submissions_account_idx on practice_submissions (submitter_account_id);

-- Every step of the workflow, in order: submitted, taken in review, published, changes requested,
-- rejected, resubmitted, unpublished after a flag. Decisions also go to identity's audit log.
create table practice_moderation_events (
  id uuid primary key,
  practice_id uuid not null references practices (id) on delete cascade,
  actor_id uuid references accounts (id) on delete set null,
  action text not null,
  from_status text not null,
  to_status text not null,
  reason text check (char_length(reason) <= 2000),
  at timestamptz not null
);
create index practice_moderation_events_practice_idx on practice_moderation_events (practice_id, at);

create table practice_comments (
  id uuid primary key,
  practice_id uuid not null references practices (id) on delete cascade,
  author_id uuid references accounts (id) on delete set null,
  body text not null check (char_length(body) between 1 and 5000),
  -- Hidden by a moderator (after a flag): kept for the record, no longer shown.
  hidden_at timestamptz,
  hidden_by uuid references accounts (id) on delete set null,
  created_at timestamptz not null
);
create index practice_comments_practice_idx on practice_comments (practice_id, created_at);

-- Anyone may flag a published practice or one of its comments, with a reason.
create table practice_flags (
  id uuid primary key,
  practice_id uuid not null references practices (id) on delete cascade,
  comment_id uuid references practice_comments (id) on delete cascade,
  reporter_id uuid references accounts (id) on delete set null,
  reason text not null check (char_length(reason) between 1 and 1000),
  status text not null default 'open' check (status in ('open', 'dismissed', 'upheld')),
  resolved_by uuid references accounts (id) on delete set null,
  resolved_at timestamptz,
  created_at timestamptz not null
);
create index practice_flags_open_idx on practice_flags (status, created_at) where status = 'open';
create index practice_flags_practice_idx on practice_flags (practice_id);
