-- Identity: accounts, sessions, one-time tokens, API tokens, organisations, networks, memberships,
-- invitations, the audit log, and the rate-limit counters that must hold across processes.
create extension if not exists pg_trgm;
create extension if not exists unaccent;

create table accounts (
  id uuid primary key,
  email text not null,
  email_verified_at timestamptz,
  password_hash text,
  name text not null,
  language text not null default 'it' check (language in ('it', 'en')),
  spoken_languages text[] not null default '{}',
  photo_key text,
  photo_alt text,
  is_admin boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index accounts_email_key on accounts (lower(email));

create table sessions (
  id text primary key,               -- sha-256 of the cookie token; the token itself is never stored
  account_id uuid not null references accounts (id) on delete cascade,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  user_agent text
);
create index sessions_account_idx on sessions (account_id);

-- Single-use links sent by email: verify an address, reset a password, sign in, change email.
create table auth_tokens (
  id text primary key,               -- sha-256 of the token
  purpose text not null check (purpose in ('verify-email', 'reset-password', 'magic-link', 'change-email')),
  account_id uuid references accounts (id) on delete cascade,
  email text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);

create table api_tokens (
  id uuid primary key,
  account_id uuid not null references accounts (id) on delete cascade,
  name text not null,
  token_hash text not null unique,
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
create index api_tokens_account_idx on api_tokens (account_id);

create table rate_limits (
  key text not null,
  window_start timestamptz not null,
  hits integer not null default 0,
  primary key (key, window_start)
);

create table organisations (
  id uuid primary key,
  slug text not null unique,
  name text not null,
  type text not null check (type in ('municipality', 'province', 'metropolitan-city', 'union-of-municipalities',
    'region', 'ministry', 'museum', 'library', 'archive', 'university', 'research-centre', 'company',
    'association', 'other')),
  country char(2) not null,
  city text,
  website text,
  description text,
  logo_key text,
  logo_alt text,
  is_pa boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table organisation_members (
  organisation_id uuid not null references organisations (id) on delete cascade,
  account_id uuid not null references accounts (id) on delete cascade,
  role text not null default 'member' check (role in ('manager', 'member')),
  status text not null default 'pending' check (status in ('pending', 'confirmed')),
  created_at timestamptz not null default now(),
  primary key (organisation_id, account_id)
);
create index organisation_members_account_idx on organisation_members (account_id);

create table networks (
  id uuid primary key,
  slug text not null unique,
  name text not null,
  description text,
  website text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table network_organisations (
  network_id uuid not null references networks (id) on delete cascade,
  organisation_id uuid not null references organisations (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (network_id, organisation_id)
);

-- A person can hold several roles in one network (a facilitator who is also a communicator).
create table network_members (
  network_id uuid not null references networks (id) on delete cascade,
  account_id uuid not null references accounts (id) on delete cascade,
  role text not null check (role in ('coordinator', 'facilitator', 'communicator', 'member')),
  created_at timestamptz not null default now(),
  primary key (network_id, account_id, role)
);
create index network_members_account_idx on network_members (account_id);

create table invitations (
  id uuid primary key,
  network_id uuid not null references networks (id) on delete cascade,
  email text not null,
  role text not null check (role in ('coordinator', 'facilitator', 'communicator', 'member')),
  token_hash text not null unique,
  invited_by uuid references accounts (id) on delete set null,
  status text not null default 'pending' check (status in ('pending', 'accepted', 'declined', 'revoked')),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  responded_at timestamptz
);
create index invitations_network_idx on invitations (network_id);

-- Who changed which permission, membership, role or PA flag, and when. Never updated, never deleted.
create table audit_log (
  id uuid primary key,
  at timestamptz not null default now(),
  actor_id uuid references accounts (id) on delete set null,
  action text not null,
  network_id uuid references networks (id) on delete set null,
  organisation_id uuid references organisations (id) on delete set null,
  subject_id uuid,
  details jsonb not null default '{}'
);
create index audit_log_network_idx on audit_log (network_id, at desc);
