-- "Report a project", issue 14 (src/modules/practices/submissions.*, media.pending.*): the short
-- reference a submitter follows their report with, and the pictures and documents uploaded with the
-- form before it is sent.

-- "BTG-2026-4F7K": shown on the thank-you page and in the mails; with the submitter's address (or
-- the signed link built from it) it opens the report's status page. Older reports have none.
alter table practice_submissions
  add column reference text unique check (reference ~ '^BTG-[0-9]{4}-[0-9A-Z]{4}$');
-- The id of the filled form that sent the report (it travels signed in the form): the same form sent
-- twice (a double click, the back button) finds its report instead of making a second one.
alter table practice_submissions add column form_id uuid unique;

-- Files uploaded on the form before the report exists: the form's signed state carries their ids,
-- sending the report moves them to practice_media (same file key), and what was never sent is
-- removed with its file after a day (media.pending.ts).
create table practice_pending_media (
  id uuid primary key,
  kind text not null check (kind in ('image', 'attachment')),
  file_key text not null unique,
  content_type text not null,
  byte_size integer not null check (byte_size > 0),
  filename text not null check (char_length(filename) between 1 and 200),
  title text check (char_length(title) <= 200),
  alt text check (char_length(alt) <= 300),
  created_at timestamptz not null,
  check (kind <> 'image' or (alt is not null and char_length(btrim(alt)) > 0))
);
create index practice_pending_media_created_idx on practice_pending_media (created_at);
