-- Video lessons (issue 17, item 2): a lesson of kind 'video' plays an uploaded MP4/WebM (in the file
-- store) or the URL of a video hosted elsewhere (a PeerTube file), with one caption track per
-- language stored here, the consent of the people filmed, and each learner's playback position.
alter table learning_lessons drop constraint if exists learning_lessons_kind_check;
alter table learning_lessons add constraint learning_lessons_kind_check
  check (kind in ('text', 'reading', 'practices', 'quiz', 'video'));

create table learning_videos (
  lesson_id uuid primary key references learning_lessons (id) on delete cascade,
  -- Either a file in the store (its key, detected type and name) or an https URL elsewhere.
  file_key text,
  content_type text check (content_type is null or content_type in ('video/mp4', 'video/webm')),
  file_name text check (file_name is null or char_length(file_name) <= 200),
  url text check (url is null or (url ~ '^https://' and char_length(url) <= 500)),
  check ((file_key is null) <> (url is null)),
  check ((file_key is null) = (content_type is null)),
  consent_by text not null check (char_length(consent_by) between 1 and 500),
  consent_recorded_by uuid references accounts (id) on delete set null,
  consent_recorded_at timestamptz not null,
  updated_at timestamptz not null
);

-- One WebVTT track per language (the primary key refuses a language twice); 512 KB at most.
create table learning_captions (
  lesson_id uuid not null references learning_lessons (id) on delete cascade,
  language text not null check (language ~ '^[a-z]{2}$'),
  vtt text not null check (octet_length(vtt) <= 524288),
  created_at timestamptz not null,
  primary key (lesson_id, language)
);

-- Where a learner stopped watching (seconds), written through the non-invalidating handle.
create table learning_video_positions (
  account_id uuid not null references accounts (id) on delete cascade,
  lesson_id uuid not null references learning_lessons (id) on delete cascade,
  seconds double precision not null check (seconds >= 0 and seconds < 86400),
  updated_at timestamptz not null,
  primary key (account_id, lesson_id)
);
create index learning_video_positions_lesson_idx on learning_video_positions (lesson_id);
