-- The `clientId` a client may send with a board command (docs/board-protocol.md, decision 0043):
-- kept with each event the command recorded, so the sender finds it again on the event — live, and
-- when catching up with `since` after a reconnection. Only the command's sender is sent it.
alter table board_events
  add column client_id text check (client_id is null or char_length(client_id) between 1 and 100);
