-- Labs, materials and plans slice (src/modules/labs/materials.*, action-plans.*, lab-members.*,
-- cover.*): a lab's cover image with its alt text, materials and contributions (documents, links,
-- videos with captions, transcript and the consent of the people filmed), invitations to a lab by
-- email with the organisations taking part, and URBACT-style action plans (goals → actions → notes).

-- One cover per lab; the image is in the file store under `file_key`, never shown without `alt`.
create table lab_covers (
  lab_id uuid primary key references labs (id) on delete cascade,
  file_key text not null,
  content_type text not null,
  alt text not null check (char_length(btrim(alt)) between 1 and 300),
  updated_by uuid references accounts (id) on delete set null,
  updated_at timestamptz not null default now()
);

create table lab_materials (
  id uuid primary key,
  lab_id uuid not null references labs (id) on delete cascade,
  meeting_id uuid references meetings (id) on delete set null,
  kind text not null check (kind in ('document', 'link', 'video')),
  title text not null check (char_length(title) between 1 and 200),
  description text not null default '' check (char_length(description) <= 2000),
  url text,                    -- links only
  file_key text,               -- documents and videos
  content_type text,
  file_name text,
  file_size integer,
  captions_key text,           -- videos: a WebVTT file
  transcript text,             -- videos
  consent_by text,             -- videos: who was filmed and consented to publication
  consent_recorded_by uuid references accounts (id) on delete set null,
  consent_recorded_at timestamptz,
  tags text[] not null default '{}',
  featured boolean not null default false,
  hidden boolean not null default false,
  created_by uuid references accounts (id) on delete set null,
  created_by_name text not null default '',   -- as shown, kept when the account goes
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (kind <> 'link' or url is not null),
  check (kind <> 'document' or file_key is not null),
  check (kind <> 'video' or (file_key is not null and captions_key is not null and transcript is not null
    and consent_by is not null and consent_recorded_at is not null))
);
create index lab_materials_lab_idx on lab_materials (lab_id, created_at desc);
create index lab_materials_meeting_idx on lab_materials (meeting_id) where meeting_id is not null;

-- Organisations taking part in a lab (added when someone accepts an invitation on their behalf, or
-- by a coordinator).
create table lab_organisations (
  lab_id uuid not null references labs (id) on delete cascade,
  organisation_id uuid not null references organisations (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (lab_id, organisation_id)
);

-- Invitations to a lab, by email; only the hash of the link's token is stored.
create table lab_invitations (
  id uuid primary key,
  lab_id uuid not null references labs (id) on delete cascade,
  email text not null,
  role text not null check (role in ('facilitator', 'member')),
  organisation_id uuid references organisations (id) on delete set null,
  token_hash text not null unique,
  invited_by uuid references accounts (id) on delete set null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  status text not null default 'pending' check (status in ('pending', 'accepted', 'declined', 'revoked')),
  responded_at timestamptz,
  accepted_by uuid references accounts (id) on delete set null
);
create index lab_invitations_lab_idx on lab_invitations (lab_id, status);

-- Integrated Action Plans: a lab's plan, or one organisation's plan within a lab (its visibility is
-- the lab's).
create table action_plans (
  id uuid primary key,
  lab_id uuid not null references labs (id) on delete cascade,
  organisation_id uuid references organisations (id) on delete set null,
  slug text not null,
  title text not null check (char_length(title) between 1 and 200),
  summary text not null default '',
  created_by uuid references accounts (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (lab_id, slug)
);

create table action_plan_goals (
  id uuid primary key,
  plan_id uuid not null references action_plans (id) on delete cascade,
  position integer not null,
  title text not null check (char_length(title) between 1 and 300),
  description text not null default ''
);
create index action_plan_goals_plan_idx on action_plan_goals (plan_id, position);

create table action_plan_actions (
  id uuid primary key,
  goal_id uuid not null references action_plan_goals (id) on delete cascade,
  position integer not null,
  title text not null check (char_length(title) between 1 and 300),
  owner text not null default '',
  deadline date,
  status text not null default 'planned' check (status in ('planned', 'in-progress', 'done', 'dropped')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index action_plan_actions_goal_idx on action_plan_actions (goal_id, position);

create table action_plan_notes (
  id uuid primary key,
  action_id uuid not null references action_plan_actions (id) on delete cascade,
  body text not null check (char_length(body) between 1 and 2000),
  author_id uuid references accounts (id) on delete set null,
  author_name text not null default '',
  created_at timestamptz not null default now()
);
create index action_plan_notes_action_idx on action_plan_notes (action_id, created_at);
