// /live for the application: the platform's WebSocket server on the web server's port, identity's
// resolvers to know who connects, and each module's message types (the board's, today).
import type { ServerType } from "@hono/node-server";
import { identityResolvers } from "../modules/identity/index.ts";
import type { Deps } from "../platform/deps.ts";
import { attachLive } from "../platform/realtime/live.ts";
import { MODULES } from "./modules.ts";

export async function attachModulesLive(server: ServerType, deps: Deps) {
  const [live, handlers] = await Promise.all([
    attachLive(server, deps, identityResolvers),
    Promise.all(MODULES.map((m) => m.live?.())),
  ]);
  for (const register of handlers) register?.(live, deps);
  return live;
}
