// Identity's answers to "who is asking?", handed to the platform (HTTP middleware, API, /live) by app/.
import type { IdentityResolvers } from "../../platform/auth/index.ts";
import { redeemLiveTicket } from "./live-tickets.service.ts";
import { resolveSession } from "./sessions.service.ts";
import { resolveApiToken } from "./tokens.service.ts";

export const identityResolvers: IdentityResolvers = {
  session: resolveSession,
  apiToken: resolveApiToken,
  liveTicket: redeemLiveTicket,
};
