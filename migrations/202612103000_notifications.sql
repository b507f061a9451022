-- Notifications (src/modules/notifications/, platform/notifications.ts): what modules tell people
-- about, each person's list and unread count, their preferences per kind, the labs and networks
-- they muted, and the daily digests sent.

-- The account's own time zone (IANA name; null: the instance's TIME_ZONE): the hour of the digest.
alter table accounts add column time_zone text check (time_zone is null or char_length(time_zone) <= 64);

create table notifications (
  id uuid primary key,
  account_id uuid not null references accounts (id) on delete cascade,
  kind text not null check (char_length(kind) <= 100),
  -- The domain event it came from: one notification per person, kind and event.
  event_id uuid not null,
  -- The sentence, as a message key and its parameters: shown in the reader's language.
  text_key text not null check (char_length(text_key) <= 200),
  text_params jsonb not null default '{}',
  href text not null check (href ~ '^/' and char_length(href) <= 500),
  scope_kind text check (scope_kind in ('lab', 'network')),
  scope_id uuid,
  scope_name text check (char_length(scope_name) <= 300),
  created_at timestamptz not null,
  read_at timestamptz,
  -- 'pending': waits for the person's next digest; 'sent': went in one; 'none': not for a digest.
  digest text not null default 'none' check (digest in ('none', 'pending', 'sent')),
  unique (account_id, kind, event_id)
);
create index notifications_account_idx on notifications (account_id, created_at desc, id desc);
create index notifications_digest_idx on notifications (account_id) where digest = 'pending';

-- One row per person who ever got a notification: the unread count, changed in the transaction of
-- the notification or of its reading (never a count(*) per page), and the digest's hour.
create table notification_accounts (
  account_id uuid primary key references accounts (id) on delete cascade,
  unread integer not null default 0 check (unread >= 0),
  digest_hour smallint not null default 8 check (digest_hour between 0 and 23)
);

create table notification_prefs (
  account_id uuid not null references accounts (id) on delete cascade,
  kind text not null check (char_length(kind) <= 100),
  mode text not null check (mode in ('email', 'digest', 'app', 'off')),
  primary key (account_id, kind)
);

create table notification_mutes (
  account_id uuid not null references accounts (id) on delete cascade,
  scope_kind text not null check (scope_kind in ('lab', 'network')),
  scope_id uuid not null,
  scope_name text not null check (char_length(scope_name) <= 300),
  created_at timestamptz not null,
  primary key (account_id, scope_kind, scope_id)
);

-- Once per person and local date, whichever worker runs the hour's sweep.
create table notification_digests (
  account_id uuid not null references accounts (id) on delete cascade,
  local_date date not null,
  sent_at timestamptz not null,
  primary key (account_id, local_date)
);
