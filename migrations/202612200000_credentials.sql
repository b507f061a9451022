-- Open Badges 3.0 credentials (issue 18, first slice; decisions 0061 and 0062). Every id here is
-- signed into credentials as a URL (/issuers/{id}, /achievements/{id}, /status-lists/{id},
-- /credentials/{id}), so ids never change and never follow a network's or a course's name.

-- One issuer per network: the network as an Open Badges Profile. Its keys are the network's
-- `ob-issuer` keys in signing_keys (owner type 'network'), numbered key-1, key-2… by age.
create table credential_issuers (
  id uuid primary key,
  network_id uuid not null unique references networks (id) on delete cascade,
  created_at timestamptz not null
);

-- What a credential attests: today a course or a curriculum of learning (one of the two), later
-- conference attendance and others. Name, description and language are taken from learning when the
-- first credential is issued, as they were signed into it; the criteria narrative says the rule in words.
create table credential_achievements (
  id uuid primary key,
  issuer_id uuid not null references credential_issuers (id) on delete cascade,
  course_id uuid unique,
  curriculum_id uuid unique,
  name text not null,
  description text not null,
  criteria text not null,
  language text not null,
  created_at timestamptz not null,
  check (num_nonnulls(course_id, curriculum_id) = 1)
);

-- A revocation list of 131 072 bits (the W3C minimum, so one credential hides among many), with its
-- signed BitstringStatusListCredential kept as served: re-signed only when a bit changes.
create table credential_status_lists (
  id uuid primary key,
  issuer_id uuid not null references credential_issuers (id) on delete cascade,
  length integer not null check (length > 0),
  credential text not null,
  created_at timestamptz not null,
  signed_at timestamptz not null
);
create index credential_status_lists_issuer on credential_status_lists (issuer_id, created_at);

-- A credential given: the signed JSON exactly as issued (text, not jsonb, which would reorder it),
-- one per person and achievement however often the completion event arrives, and its status bit at
-- a random place of its list.
create table credentials (
  id uuid primary key,
  account_id uuid references accounts (id) on delete set null,
  achievement_id uuid not null references credential_achievements (id) on delete cascade,
  status_list_id uuid not null references credential_status_lists (id) on delete cascade,
  status_index integer not null check (status_index >= 0),
  issued_at timestamptz not null,
  document text not null,
  revoked_at timestamptz,
  revocation_reason text,
  unique (account_id, achievement_id),
  unique (status_list_id, status_index)
);
