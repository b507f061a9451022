-- Learning cohorts (issue 17): a cohort's waiting list. Joining a full cohort puts the learner here;
-- a member leaving promotes the first in line in the same transaction, under the cohort's row lock.
-- `seq` is the order of arrival: assigned by the insert, itself made under that lock, so the list's
-- order is the order in which the joins took the lock (times may tie; the sequence does not).

create table learning_cohort_waitlist (
  cohort_id uuid not null references learning_cohorts (id) on delete cascade,
  account_id uuid not null references accounts (id) on delete cascade,
  seq bigint generated always as identity,
  waiting_since timestamptz not null,
  primary key (cohort_id, account_id)
);
create index learning_cohort_waitlist_order_idx on learning_cohort_waitlist (cohort_id, seq);
create index learning_cohort_waitlist_account_idx on learning_cohort_waitlist (account_id);
