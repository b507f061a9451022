// Helpers shared by the conference routes: reading posted forms (repeated fields as lists), turning
// a service's field errors into messages on the same form, and the management guard.
import { getConnInfo } from "@hono/node-server/conninfo";
import { AppError } from "../../platform/errors.ts";
import type { Ctx } from "../../platform/http/context.ts";
import type { FormState } from "../../platform/ui/components.tsx";
import { networkById, refuseInNetwork, toSignIn } from "../identity/index.ts";
import { loadConference } from "./conferences.service.ts";
import { canManageConferences } from "./policy.ts";
import { MailLimitError } from "./registrations.service.ts";

/** Posted text fields (the first value of each) and the listed repeated ones as arrays. */
export async function readPosted(c: Ctx, lists: string[] = []) {
  const body = await c.req.parseBody({ all: true });
  const fields: Record<string, string | string[]> = {};
  const values: Record<string, string> = {};
  const files: Record<string, File> = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === "_csrf") continue;
    const all = Array.isArray(v) ? v : [v];
    const file = all.find((x): x is File => x instanceof File);
    if (file) {
      if (file.size > 0) files[k] = file;
      continue;
    }
    const list = all.filter((x): x is string => typeof x === "string");
    fields[k] = lists.includes(k) ? list : (list[0] ?? "");
    values[k] = list.join(",");
  }
  for (const k of lists) fields[k] ??= [];
  return { fields, values, files };
}

/** A service's refusal shown on the form it came from; anything else goes on to the error page. */
export function withServiceErrors(c: Ctx, form: FormState, err: unknown, field = "form"): FormState {
  const t = c.get("t");
  const errors = { ...form.errors };
  if (err instanceof MailLimitError) {
    c.header("Retry-After", String(err.retryAfterSeconds));
    errors[field] = t(err.message, { minutes: Math.max(1, Math.ceil(err.retryAfterSeconds / 60)) });
    return { values: form.values, errors };
  }
  if (!(err instanceof AppError) || ![409, 413, 422].includes(err.status)) throw err;
  if (err.fieldErrors.length) for (const e of err.fieldErrors) errors[e.field] ??= t(e.message);
  else errors[field] = t(err.message);
  return { values: form.values, errors };
}

export const statusOf = (err: unknown) => (err instanceof AppError ? err.status : 422);

/**
 * The conference of the URL for someone who manages it: signed-out people are sent to sign in,
 * people who may not manage it get 403 (if they can see the network's people) or 404.
 */
export async function managed(c: Ctx): Promise<
  | {
      conference: Awaited<ReturnType<typeof loadConference>>;
      network: { id: string; slug: string; name: string };
    }
  | Response
> {
  const actor = c.get("actor");
  const conference = await loadConference(c.get("deps"), c.req.param("slug") ?? "");
  if (!actor) return toSignIn(c);
  if (!canManageConferences(actor, conference.networkId)) throw refuseInNetwork(actor, conference.networkId);
  const network = await networkById(c.get("deps"), conference.networkId);
  return { conference, network };
}

/** The client's address: X-Forwarded-For only when TRUST_PROXY says a proxy sets it. */
export function clientAddress(c: Ctx): string {
  if (c.get("deps").config.trustProxy) {
    const fwd = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
    if (fwd) return fwd;
  }
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}
