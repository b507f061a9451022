-- OpenID Connect identities linked to accounts (security audit, issue 11 item 22). A provider's
-- verified email no longer signs in an existing account by itself: the account's owner confirms the
-- link once, through a mailed single-use link, and later sign-ins find the account by issuer and
-- subject.
create table oidc_identities (
  issuer text not null,
  subject text not null,
  account_id uuid not null references accounts (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (issuer, subject)
);
create index oidc_identities_account_idx on oidc_identities (account_id);

-- Pending confirmations: only the hash of the mailed token is stored.
create table oidc_link_requests (
  id text primary key,
  account_id uuid not null references accounts (id) on delete cascade,
  email text not null,
  issuer text not null,
  subject text not null,
  next text not null default '/',
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);
create index oidc_link_requests_account_idx on oidc_link_requests (account_id);
