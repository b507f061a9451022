-- Conferences (src/modules/conferences/): multi-day events of a network (optionally of one of its
-- labs) with sessions in parallel tracks, speakers, public registration without an account
-- (confirmed by mail), per-session places, check-in and attendance certificates.
create table conferences (
  id uuid primary key,
  slug text not null unique,
  network_id uuid not null references networks (id) on delete cascade,
  lab_id uuid references labs (id) on delete set null,
  title text not null check (char_length(title) between 1 and 200),
  description text not null default '' check (char_length(description) <= 5000),
  venue text not null default '' check (char_length(venue) <= 300),
  -- The days are whole dates in the conference's own zone; session times are shown in it.
  time_zone text not null default 'Europe/Rome',
  starts_on date not null,
  ends_on date not null,
  -- Public registration can be closed by the coordinators (e.g. once the event is over).
  registration_open boolean not null default true,
  created_by uuid references accounts (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (ends_on >= starts_on and ends_on - starts_on <= 31)
);
create index conferences_network_idx on conferences (network_id);
create index conferences_starts_idx on conferences (starts_on);

create table conference_tracks (
  id uuid primary key,
  conference_id uuid not null references conferences (id) on delete cascade,
  name text not null check (char_length(name) between 1 and 120),
  room text not null default '' check (char_length(room) <= 120),
  position int not null default 0,
  unique (conference_id, name)
);

create table conference_sessions (
  id uuid primary key,
  conference_id uuid not null references conferences (id) on delete cascade,
  track_id uuid not null references conference_tracks (id) on delete cascade,
  title text not null check (char_length(title) between 1 and 200),
  description text not null default '' check (char_length(description) <= 3000),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  -- Places for people who register for this session; null = no per-session registration.
  capacity int check (capacity is null or capacity between 1 and 100000),
  created_at timestamptz not null default now(),
  check (ends_at > starts_at)
);
create index conference_sessions_conf_idx on conference_sessions (conference_id, starts_at);

create table conference_speakers (
  id uuid primary key,
  conference_id uuid not null references conferences (id) on delete cascade,
  name text not null check (char_length(name) between 1 and 160),
  role text not null default '' check (char_length(role) <= 160),
  affiliation text not null default '' check (char_length(affiliation) <= 200),
  bio text not null default '' check (char_length(bio) <= 3000),
  -- The photo in the file store, its detected type, and its text alternative (required with it).
  photo_key text,
  photo_type text,
  photo_alt text check (photo_alt is null or char_length(photo_alt) <= 300),
  created_at timestamptz not null default now(),
  check (photo_key is null or (photo_type is not null and photo_alt is not null and photo_alt <> ''))
);
create index conference_speakers_conf_idx on conference_speakers (conference_id);

create table conference_session_speakers (
  session_id uuid not null references conference_sessions (id) on delete cascade,
  speaker_id uuid not null references conference_speakers (id) on delete cascade,
  primary key (session_id, speaker_id)
);
create index conference_session_speakers_speaker_idx on conference_session_speakers (speaker_id);

-- A person registered for a conference, without an account: pending until the mailed link is
-- confirmed. Only hashes of the mailed tokens are kept. `code` is read out at the door (check-in);
-- `certificate_code` is given at check-in and printed on the certificate for verification.
create table conference_registrations (
  id uuid primary key,
  conference_id uuid not null references conferences (id) on delete cascade,
  name text not null check (char_length(name) between 1 and 160),
  email text not null check (char_length(email) between 3 and 254),
  email_key text not null,
  language text not null default 'it' check (language in ('it', 'en')),
  status text not null default 'pending' check (status in ('pending', 'confirmed')),
  confirm_hash text unique,
  confirm_expires_at timestamptz,
  access_hash text not null unique,
  code text not null unique,
  confirmed_at timestamptz,
  checked_in_at timestamptz,
  checked_in_by uuid references accounts (id) on delete set null,
  certificate_code text unique,
  created_at timestamptz not null default now(),
  unique (conference_id, email_key)
);

create table conference_session_registrations (
  session_id uuid not null references conference_sessions (id) on delete cascade,
  registration_id uuid not null references conference_registrations (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (session_id, registration_id)
);
create index conference_session_registrations_reg_idx on conference_session_registrations (registration_id);
