-- A session's timer length and a saved template's settings (board-experience issue, item 6).
-- timer_minutes: the length the facilitators' "start the timer" offers first (the form's own
-- field, 1–240 minutes; 5 before). settings: what a session made from the template starts with
-- (anonymity, private collect, hidden votes, guests, note length, vote budget and cap per group,
-- timer minutes), as boards' templates.repo.ts writes it; null for templates saved before, which
-- bring only their columns.
alter table board_sessions
  add column timer_minutes smallint not null default 5 check (timer_minutes between 1 and 240);
alter table board_templates add column settings jsonb;
