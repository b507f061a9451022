-- Images and attachments of a practice (src/modules/practices/media.service.ts). The bytes live in
-- the file store (DATA_DIR/files or S3) under `file_key`; this table says which practice they belong
-- to, what they are (type detected from the content, never from the name) and how to present them.
create table practice_media (
  id uuid primary key,
  practice_id uuid not null references practices (id) on delete cascade,
  kind text not null check (kind in ('image', 'attachment')),
  file_key text not null unique,
  content_type text not null,
  byte_size integer not null check (byte_size > 0),
  -- The uploaded file's name, cleaned, offered when downloading an attachment.
  filename text not null check (char_length(filename) between 1 and 200),
  -- What a link to an attachment says ("Final report (PDF)"); an image's caption.
  title text check (char_length(title) <= 200),
  -- Images need a text alternative (WCAG 1.1.1); attachments have none.
  alt text check (char_length(alt) <= 300),
  position smallint not null default 0,
  created_by uuid references accounts (id) on delete set null,
  created_at timestamptz not null default now(),
  check (kind <> 'image' or (alt is not null and char_length(btrim(alt)) > 0))
);
create index practice_media_practice_idx on practice_media (practice_id, position, created_at);
