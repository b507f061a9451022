-- Reading lessons with a file (issue 17: "reading (file or link)"): a lesson of kind 'reading' links
-- to a page elsewhere (learning_lessons.url) or offers a document uploaded to the file store, typed
-- on its content (PDF, EPUB, ODT, DOCX), 50 MB at most. One file per lesson; storing one clears the
-- lesson's link, so a reading is one or the other.
create table learning_reading_files (
  lesson_id uuid primary key references learning_lessons (id) on delete cascade,
  file_key text not null,
  content_type text not null check (content_type in (
    'application/pdf',
    'application/epub+zip',
    'application/vnd.oasis.opendocument.text',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  )),
  file_name text not null check (char_length(file_name) between 1 and 200),
  size integer not null check (size between 1 and 52428800),
  updated_at timestamptz not null
);
