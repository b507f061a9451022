// Personal access tokens for the REST API: shown once at creation, stored as a hash, revocable.
import type { Deps } from "../../platform/http/context.ts";
import { hashToken, newId, newToken } from "../../platform/ids.ts";
import type { Actor } from "./policy.ts";
import { loadActor } from "./sessions.service.ts";
import {
  findLiveToken,
  insertApiToken,
  listAccountTokens,
  markTokenUsed,
  revokeToken,
} from "./tokens.repo.ts";

const PREFIX = "bt_";

export async function createApiToken(
  deps: Deps,
  accountId: string,
  name: string,
): Promise<{ id: string; token: string }> {
  const token = PREFIX + newToken(30);
  const id = newId();
  await insertApiToken(deps.db, {
    id,
    accountId,
    name: name.trim().slice(0, 100),
    tokenHash: hashToken(token),
    now: deps.clock.now(),
  });
  return { id, token };
}

export async function resolveApiToken(deps: Deps, token: string): Promise<Actor | null> {
  if (!token.startsWith(PREFIX)) return null;
  const row = await findLiveToken(deps.db, hashToken(token));
  if (!row) return null;
  const now = deps.clock.now();
  // Last-used is informational; writing it at most once a minute keeps reads cheap.
  if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > 60_000)
    await markTokenUsed(deps.db, row.id, now);
  return loadActor(deps, row.account_id);
}

export const listApiTokens = (deps: Deps, accountId: string) => listAccountTokens(deps.db, accountId);

export const revokeApiToken = (deps: Deps, accountId: string, id: string) =>
  revokeToken(deps.db, accountId, id, deps.clock.now());
