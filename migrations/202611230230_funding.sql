-- Funding opportunities: calls for proposals (PNRR, Erasmus+, URBACT, Interreg, Creative Europe,
-- regional calls) kept by a network, and the practices each call is linked to
-- (src/modules/funding/).
create table funding_calls (
  id uuid primary key,
  slug text not null unique,
  title text not null check (char_length(title) between 1 and 200),
  programme text not null check (programme in ('pnrr', 'erasmus-plus', 'urbact', 'interreg',
    'creative-europe', 'regional', 'other')),
  summary text not null default '' check (char_length(summary) <= 2000),
  -- The moment submissions close, and the zone it was given in (shown and put in iCal there).
  deadline timestamptz not null,
  time_zone text not null default 'Europe/Rome',
  -- Organisation types (CONVENTIONS.md codes) that may apply; empty means not stated.
  eligible_bodies text[] not null default '{}',
  -- Total budget of the call in euro, when known.
  budget_eur bigint check (budget_eur is null or budget_eur >= 0),
  url text not null check (url ~ '^https?://'),
  network_id uuid not null references networks (id) on delete cascade,
  visibility text not null default 'public' check (visibility in ('public', 'network', 'pa')),
  created_by uuid references accounts (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index funding_calls_deadline_idx on funding_calls (deadline);
create index funding_calls_network_idx on funding_calls (network_id);

create table funding_call_practices (
  call_id uuid not null references funding_calls (id) on delete cascade,
  practice_id uuid not null references practices (id) on delete cascade,
  primary key (call_id, practice_id)
);
create index funding_call_practices_practice_idx on funding_call_practices (practice_id);
