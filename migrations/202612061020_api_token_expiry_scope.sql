-- Personal access tokens expire and may be read-only (security audit, issue 11 item 7). Tokens made
-- before this change had no end: they get the default lifetime of 90 days from now, so no client
-- breaks today and none keeps a key for ever.
alter table api_tokens add column expires_at timestamptz;
alter table api_tokens add column read_only boolean not null default false;
update api_tokens set expires_at = now() + interval '90 days' where expires_at is null;
alter table api_tokens alter column expires_at set not null;
