-- The number of confirmed registrations of a meeting, kept on the meeting row (src/modules/labs/).
-- Registering is then one statement that locks the row, reads this count as the lock grants it (the
-- newest version, whatever the statement's snapshot), and inserts confirmed or waitlisted: the row
-- stays locked for one statement instead of several round trips. Every other change of a
-- registration's status recounts it while holding the same lock.
alter table meetings add column confirmed_count integer not null default 0 check (confirmed_count >= 0);
update meetings m
   set confirmed_count = (select count(*) from registrations r where r.meeting_id = m.id and r.status = 'confirmed');
