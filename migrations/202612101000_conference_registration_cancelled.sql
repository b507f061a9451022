-- A registration can be cancelled from its own link (issue 16): the row stays, so the mail that says
-- so can still be composed and the same address can register again later; its places are freed.
alter table conference_registrations drop constraint conference_registrations_status_check;
alter table conference_registrations
  add constraint conference_registrations_status_check
  check (status in ('pending', 'confirmed', 'cancelled'));
alter table conference_registrations add column cancelled_at timestamptz;
