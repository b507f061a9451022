-- Learning (src/modules/learning/, issue 17, first slice): curricula → courses → modules → lessons,
-- quizzes graded on the server, self-paced enrolments, progress per lesson, attempts and completions.
-- Later slices add video lessons with captions, cohorts (bootcamps linked to a lab), live sessions
-- and certificates: lesson `kind` and enrolment `cohort_id` leave room for them (decision 0053).

create table learning_curricula (
  id uuid primary key,
  slug text not null unique,
  network_id uuid not null references networks (id) on delete cascade,
  title text not null check (char_length(title) between 1 and 200),
  summary text not null default '' check (char_length(summary) <= 2000),
  language text not null check (language ~ '^[a-z]{2}$'),
  visibility text not null default 'public' check (visibility in ('public', 'network', 'pa')),
  status text not null default 'draft' check (status in ('draft', 'published')),
  created_at timestamptz not null,
  updated_at timestamptz not null
);

create table learning_courses (
  id uuid primary key,
  slug text not null unique,
  network_id uuid not null references networks (id) on delete cascade,
  curriculum_id uuid references learning_curricula (id) on delete set null,
  -- Place in the curriculum, smaller first.
  position integer not null default 0,
  title text not null check (char_length(title) between 1 and 200),
  summary text not null default '' check (char_length(summary) <= 2000),
  topic text not null default '' check (char_length(topic) <= 100),
  language text not null check (language ~ '^[a-z]{2}$'),
  -- The same course in another language (the Italian edition of an English course).
  translation_of uuid references learning_courses (id) on delete set null,
  visibility text not null default 'public' check (visibility in ('public', 'network', 'pa')),
  status text not null default 'draft' check (status in ('draft', 'published')),
  created_by uuid references accounts (id) on delete set null,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index learning_courses_network_idx on learning_courses (network_id);
create index learning_courses_curriculum_idx on learning_courses (curriculum_id, position);

create table learning_course_prerequisites (
  course_id uuid not null references learning_courses (id) on delete cascade,
  required_course_id uuid not null references learning_courses (id) on delete cascade,
  primary key (course_id, required_course_id),
  check (course_id <> required_course_id)
);

create table learning_modules (
  id uuid primary key,
  course_id uuid not null references learning_courses (id) on delete cascade,
  position integer not null default 0,
  title text not null check (char_length(title) between 1 and 200)
);
create index learning_modules_course_idx on learning_modules (course_id, position);

create table learning_lessons (
  id uuid primary key,
  course_id uuid not null references learning_courses (id) on delete cascade,
  module_id uuid not null references learning_modules (id) on delete cascade,
  position integer not null default 0,
  -- 'video' and 'live' come with later slices; the check then widens.
  kind text not null check (kind in ('text', 'reading', 'practices', 'quiz')),
  title text not null check (char_length(title) between 1 and 200),
  -- Markdown: the lesson's text, or what to read for and the introduction of a quiz.
  body text not null default '' check (char_length(body) <= 50000),
  -- A reading's link.
  url text check (url is null or url ~ '^https?://'),
  -- Linked good practices (ids), read through practices' index.
  practice_ids uuid[] not null default '{}',
  -- A required lesson counts for the course's completion.
  required boolean not null default true,
  updated_at timestamptz not null
);
create index learning_lessons_course_idx on learning_lessons (course_id, module_id, position);

-- A quiz lesson's settings. The answer key (options' `correct`, feedback, accepted answers) never
-- leaves the server before an attempt (decision 0053).
create table learning_quizzes (
  lesson_id uuid primary key references learning_lessons (id) on delete cascade,
  -- Score (percent) that passes.
  pass_mark integer not null default 70 check (pass_mark between 0 and 100),
  -- null: no limit.
  max_attempts integer check (max_attempts is null or max_attempts between 1 and 100)
);

create table learning_questions (
  id uuid primary key,
  quiz_id uuid not null references learning_quizzes (lesson_id) on delete cascade,
  position integer not null default 0,
  kind text not null check (kind in ('single', 'multiple', 'true-false', 'short')),
  prompt text not null check (char_length(prompt) between 1 and 2000),
  -- Shown after submission, when the answer was right / wrong.
  feedback_right text not null default '' check (char_length(feedback_right) <= 2000),
  feedback_wrong text not null default '' check (char_length(feedback_wrong) <= 2000),
  -- Short answer: the answers accepted (compared without case and accents).
  accepted_answers text[] not null default '{}'
);
create index learning_questions_quiz_idx on learning_questions (quiz_id, position);

create table learning_options (
  id uuid primary key,
  question_id uuid not null references learning_questions (id) on delete cascade,
  position integer not null default 0,
  label text not null check (char_length(label) between 1 and 500),
  correct boolean not null default false,
  feedback text not null default '' check (char_length(feedback) <= 1000)
);
create index learning_options_question_idx on learning_options (question_id, position);

create table learning_enrolments (
  id uuid primary key,
  course_id uuid not null references learning_courses (id) on delete cascade,
  account_id uuid not null references accounts (id) on delete cascade,
  -- Cohorts come with a later slice; self-paced enrolments have none.
  cohort_id uuid,
  enrolled_at timestamptz not null,
  -- The last lesson opened: where "continue" resumes.
  last_lesson_id uuid references learning_lessons (id) on delete set null,
  -- Set once, by the transaction that completes the course; never undone by later edits.
  completed_at timestamptz,
  unique (course_id, account_id)
);
create index learning_enrolments_account_idx on learning_enrolments (account_id);

create table learning_lesson_progress (
  account_id uuid not null references accounts (id) on delete cascade,
  lesson_id uuid not null references learning_lessons (id) on delete cascade,
  course_id uuid not null references learning_courses (id) on delete cascade,
  done_at timestamptz not null,
  primary key (account_id, lesson_id)
);
create index learning_lesson_progress_course_idx on learning_lesson_progress (account_id, course_id);

create table learning_attempts (
  id uuid primary key,
  quiz_id uuid not null references learning_quizzes (lesson_id) on delete cascade,
  account_id uuid not null references accounts (id) on delete cascade,
  -- 1, 2, 3…: the person's attempts at this quiz. Unique, so no two can take one number.
  n integer not null check (n >= 1),
  -- { questionId: optionIds[] | text }: what the person answered.
  answers jsonb not null,
  score integer not null check (score between 0 and 100),
  passed boolean not null,
  submitted_at timestamptz not null,
  unique (quiz_id, account_id, n)
);

create table learning_curriculum_completions (
  curriculum_id uuid not null references learning_curricula (id) on delete cascade,
  account_id uuid not null references accounts (id) on delete cascade,
  completed_at timestamptz not null,
  primary key (curriculum_id, account_id)
);
