-- Sign-in attempts from browsers that have not signed in to the account before, per typed address
-- (lower case, whether or not an account has it, so the delay tells nothing about accounts). They
-- are counted before the password is checked and the count ends with a successful sign-in; past a
-- few, each further attempt must wait longer (accounts.service.ts). A quiet period starts it over.
create table sign_in_throttle (
  email text primary key,
  attempts integer not null,
  last_attempt_at timestamptz not null
);
