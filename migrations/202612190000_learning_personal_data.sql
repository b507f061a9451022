-- A learner's data when the learner deletes the account (issue 17, item 8): their enrolments,
-- progress, attempts and certificates go; what others rely on stays without them.
-- A certificate's code keeps answering, "no longer available" rather than "unknown", so whoever holds
-- a printed copy learns it was withdrawn, not forged. Only the code is kept: no name, no course.
create table learning_certificate_tombstones (
  code text primary key,
  erased_at timestamptz not null
);

-- A cohort's figures keep counting people who have left the platform, anonymously.
create table learning_cohort_former_members (
  cohort_id uuid primary key references learning_cohorts (id) on delete cascade,
  members integer not null default 0 check (members >= 0),
  completed integer not null default 0 check (completed >= 0)
);
