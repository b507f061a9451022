-- Publications (issue 19): a news column per network. One row per item, whatever its state: a
-- member's proposal (pending → changes-requested → pending … → published or rejected), an editor's
-- draft, a published item, a withdrawn one. `version` grows with every change of the row, so that two
-- editors deciding at once, or a stale edit, are told apart (decision 0064). `review_note` is the last
-- decision's note or reason, which the proposer reads; the history of decisions is in the audit log.
-- `byline_name` is what readers see of the person, taken off when the account is deleted.

create table news_items (
  id uuid primary key,
  network_id uuid not null references networks (id) on delete cascade,
  kind text not null check (kind in ('news', 'article')),
  title text not null,
  summary text not null default '',
  body text not null default '',
  tags text[] not null default '{}',
  language text not null,
  visibility text not null check (visibility in ('public', 'network', 'pa')),
  status text not null check (
    status in ('draft', 'pending', 'changes-requested', 'published', 'rejected', 'withdrawn')
  ),
  proposer_id uuid references accounts (id) on delete set null,
  byline_name text,
  byline_organisation text,
  review_note text,
  published_at timestamptz,
  -- Who published it: the proposer is told unless they published it themselves.
  published_by uuid references accounts (id) on delete set null,
  -- The last edit after publishing: the page says "updated on".
  edited_at timestamptz,
  -- The editorial calendar's delivery that published it (publishNewsItem): a second call with the
  -- same delivery finds this row instead of publishing twice.
  delivery_id text unique,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  version integer not null default 1
);

-- The column and the cross-network list: published items, newest first.
create index news_items_published_idx on news_items (network_id, published_at desc) where status = 'published';
create index news_items_all_published_idx on news_items (published_at desc) where status = 'published';
-- What waits for an editor, and a proposer's own items.
create index news_items_review_idx on news_items (network_id, status, updated_at);
create index news_items_proposer_idx on news_items (proposer_id);
