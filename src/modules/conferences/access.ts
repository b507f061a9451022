// The secret link of a registration's own page, shared by registration, mails and the waiting list.
import { createHmac } from "node:crypto";
import type { Deps } from "../../platform/deps.ts";

/**
 * The secret of a registration's own page: derived from the instance secret and the registration's
 * id, so every mail (confirmation, attendance, certificate, a freed place) carries the same working
 * link and only its hash is stored.
 */
export const accessToken = (deps: Deps, registrationId: string) =>
  createHmac("sha256", deps.config.secret).update(`conference-access:${registrationId}`).digest("base64url");
