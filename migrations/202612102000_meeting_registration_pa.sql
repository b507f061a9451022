-- Who may register for a meeting, apart from who may see it (docs/decisions/0052): `open` lets
-- everyone who sees the meeting register; `pa` reserves registration to members of the lab's network
-- whose organisation is a public administration member of that network (platform/auth isPaMember),
-- while the meeting stays visible to its `visibility`. Existing meetings keep registering as before.
alter table meetings add column registration text not null default 'open'
  check (registration in ('open', 'pa'));
