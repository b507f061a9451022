-- An organisation joins a network only when its manager accepts (issue 11, item 4; decision 0012).
-- A coordinator's "add organisation" now writes a `pending` row; only `accepted` rows make the
-- organisation a member: they are what network pages list and what the PA visibility rule counts.
-- Rows that exist already were made under the old rule and stay members (`accepted`): turning them
-- all into requests would empty every network at once. Admins review them as the decision says.
alter table network_organisations
  add column status text not null default 'accepted' check (status in ('pending', 'accepted')),
  add column responded_at timestamptz;

-- From now on a new row is a request until the organisation's manager answers it.
alter table network_organisations alter column status set default 'pending';

-- The organisation's page asks for its pending requests; the primary key leads with the network.
create index network_organisations_organisation_idx on network_organisations (organisation_id, status);
