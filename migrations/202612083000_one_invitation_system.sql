-- One invitation system (issue 29, item 3; decision 0048). identity's invitations, until now only to a
-- network, name what they invite to: `target_kind` ('network', 'lab', …) and `target_id` (the
-- network's or the lab's id). `network_id` stays: every invitation lives in a network (a lab's is the
-- lab's network), whose audit log records it and whose deletion takes its invitations with it. Lab
-- invitations move here from lab_invitations, which goes; their `organisation_id` (on whose behalf)
-- and `accepted_by` become columns of every invitation.

alter table invitations add column target_kind text not null default 'network'
  check (target_kind ~ '^[a-z][a-z-]*$');
alter table invitations add column target_id uuid;
alter table invitations add column organisation_id uuid references organisations (id) on delete set null;
alter table invitations add column accepted_by uuid references accounts (id) on delete set null;
update invitations set target_id = network_id;
alter table invitations alter column target_id set not null;
-- Every writer names its kind from now on.
alter table invitations alter column target_kind drop default;

-- Same ids, same token hashes: links already mailed keep working, and the audit log's invitationId
-- still names the row.
insert into invitations (
  id, target_kind, target_id, network_id, email, role, organisation_id, token_hash, invited_by,
  status, created_at, expires_at, responded_at, accepted_by
)
select li.id, 'lab', li.lab_id, l.network_id, li.email, li.role, li.organisation_id, li.token_hash,
       li.invited_by, li.status, li.created_at, li.expires_at, li.responded_at, li.accepted_by
  from lab_invitations li
  join labs l on l.id = li.lab_id;

drop table lab_invitations;

-- The pages list a target's invitations by status; the network index serves the cascade.
create index invitations_target_idx on invitations (target_kind, target_id, status);
