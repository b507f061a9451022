-- Learning cohorts (issue 17, cohort slice): a bootcamp of a course, with dates, facilitators and a
-- capacity, linked to one lab of the course's network whose meetings are its live sessions. A live
-- session lesson names one of those meetings and is done when the learner is checked in there.

create table learning_cohorts (
  id uuid primary key,
  course_id uuid not null references learning_courses (id) on delete cascade,
  -- The lab whose meetings are the cohort's sessions (labs' table: read only through labs' index).
  lab_id uuid not null references labs (id) on delete restrict,
  title text not null check (char_length(title) between 1 and 200),
  starts_on date not null,
  ends_on date not null,
  capacity integer not null check (capacity between 1 and 1000),
  created_at timestamptz not null,
  check (ends_on >= starts_on)
);
create index learning_cohorts_course_idx on learning_cohorts (course_id);

create table learning_cohort_facilitators (
  cohort_id uuid not null references learning_cohorts (id) on delete cascade,
  account_id uuid not null references accounts (id) on delete cascade,
  primary key (cohort_id, account_id)
);

alter table learning_enrolments
  add constraint learning_enrolments_cohort_fk foreign key (cohort_id)
  references learning_cohorts (id) on delete set null;
create index learning_enrolments_cohort_idx on learning_enrolments (cohort_id);

alter table learning_lessons drop constraint if exists learning_lessons_kind_check;
alter table learning_lessons add constraint learning_lessons_kind_check
  check (kind in ('text', 'reading', 'practices', 'quiz', 'video', 'live'));
-- A live session: the lab meeting it is (labs' table, read through labs' index).
alter table learning_lessons add column meeting_id uuid references meetings (id) on delete set null;
