-- What a session's facilitators promoted from its summary (src/modules/boards/promote.service.ts):
-- a group or a note turned into a draft good practice or an action of the lab's action plan. Kept so
-- the summary can link to what came of it. The target lives in its own module; this row only points.
create table board_promotions (
  id uuid primary key,
  session_id uuid not null references board_sessions (id) on delete cascade,
  group_id uuid,
  note_id uuid,
  target text not null check (target in ('practice', 'action')),
  target_id uuid not null,
  target_title text not null,
  target_path text not null,
  created_by uuid references accounts (id) on delete set null,
  created_at timestamptz not null default now(),
  check ((group_id is null) <> (note_id is null))
);
create index board_promotions_session on board_promotions (session_id, created_at);
