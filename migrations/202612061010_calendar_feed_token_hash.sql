-- Personal calendar feeds keep only a hash of their secret token (issue 11, item 17), as API tokens
-- and mailed links do: a copy of the database (a backup, a read replica, a support dump) no longer
-- holds working feed URLs. The hash is what src/platform/ids.ts hashToken computes — SHA-256 of the
-- token, base64url without padding — so every feed URL already handed out keeps working.
alter table calendar_feeds add column token_hash text;

update calendar_feeds
   set token_hash = translate(rtrim(encode(sha256(convert_to(token, 'UTF8')), 'base64'), '='), '+/', '-_');

alter table calendar_feeds alter column token_hash set not null;
alter table calendar_feeds drop column token;
alter table calendar_feeds add constraint calendar_feeds_token_hash_key unique (token_hash);
