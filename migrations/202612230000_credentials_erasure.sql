-- A credential whose holder deleted the account (issue 18, item 7): revoked, its signed JSON (the
-- name and the e-mail hash are in it) deleted, its id and status bit kept, so that a copy held
-- elsewhere verifies as revoked and its address answers "no longer available" (410).
alter table credentials add column erased_at timestamptz;
