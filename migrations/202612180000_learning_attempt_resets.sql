-- Attempts reset by a facilitator (issue 17, decision 0060): a learner who used every attempt at a
-- quiz without passing gets the full limit again. Nothing is deleted: the reset is a row of its own
-- (who, when, why), and the attempts it covers point at it; the attempt limit counts only attempts
-- without a reset, while their numbers (n) go on, so the history keeps every attempt.

create table learning_attempt_resets (
  id uuid primary key,
  quiz_id uuid not null references learning_quizzes (lesson_id) on delete cascade,
  account_id uuid not null references accounts (id) on delete cascade,
  -- The facilitator or author who reset them (kept in the audit log too).
  reset_by uuid references accounts (id) on delete set null,
  reason text not null default '' check (char_length(reason) <= 200),
  -- How many attempts the reset covered.
  attempts integer not null check (attempts >= 1),
  reset_at timestamptz not null
);
create index learning_attempt_resets_learner_idx on learning_attempt_resets (quiz_id, account_id);

alter table learning_attempts
  add column reset_id uuid references learning_attempt_resets (id) on delete set null;
