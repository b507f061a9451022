-- Learning certificates (issue 17, item 6): one per completion of a course or of a curriculum, given
-- by the job that follows the completion event. The PDF is rendered on request from this row, as
-- conferences does with its attendance certificates; the code is what the public page confirms.
-- The two unique constraints make a second run of the job find the first one's row (PostgreSQL
-- treats nulls as distinct, so course and curriculum certificates do not collide).
create table learning_certificates (
  id uuid primary key,
  code text not null unique,
  account_id uuid not null references accounts (id) on delete cascade,
  course_id uuid references learning_courses (id) on delete cascade,
  curriculum_id uuid references learning_curricula (id) on delete cascade,
  -- The language the certificate speaks: the learner's interface language when it is one, else 'en'.
  language text not null check (language in ('it', 'en')),
  completed_at timestamptz not null,
  issued_at timestamptz not null,
  check (num_nonnulls(course_id, curriculum_id) = 1),
  unique (account_id, course_id),
  unique (account_id, curriculum_id)
);
