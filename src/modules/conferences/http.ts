// Helpers shared by the conference routes: reading posted forms (repeated fields as lists), turning
// a service's field errors into messages on the same form, and the guards of the management pages.
import { AppError } from "../../platform/errors.ts";
import type { Ctx } from "../../platform/http/context.ts";
import { authorize, load, requireActor, type SignedIn, type With } from "../../platform/http/guards.ts";
import type { FormState } from "../../platform/ui/components.tsx";
import { networkById, networkOfSlug, networkRefusal } from "../identity/index.ts";
import { loadConference } from "./conferences.service.ts";
import { can } from "./policy.ts";
import { MailLimitError } from "./registrations.service.ts";
import type { Conference } from "./types.ts";

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

// The guards of the management pages. Refusals follow identity's rule: 403 for someone who can see
// the network's people, 404 for everyone else.

/** Managing conferences in the network of the path. */
const mayManageHere = authorize(
  can,
  "manage",
  (c: With<{ network: { id: string } }>) => ({ networkId: c.get("network").id }),
  networkRefusal,
);

/** Signed in and allowed to add conferences to the network of the path, which is set. */
export const managingNetwork = [requireActor(), networkOfSlug(), mayManageHere] as const;

/** The conference of the path, set as `conference` (404 when there is none). */
export const conferenceOfSlug = load("conference", (c) =>
  loadConference(c.get("deps"), c.req.param("slug") ?? ""),
);
const mayManageConference = authorize(
  can,
  "manage",
  (c: With<{ conference: Conference }>) => c.get("conference"),
  networkRefusal,
);
const conferenceNetwork = load("network", (c: With<{ conference: Conference }>) =>
  networkById(c.get("deps"), c.get("conference").networkId),
);

/**
 * The conference of the path for someone who manages it, with its network: an unknown conference is
 * a 404 even for signed-out people, who are then sent to sign in.
 */
export const managingConference = [
  conferenceOfSlug,
  requireActor(),
  mayManageConference,
  conferenceNetwork,
] as const;

/** What a handler after `managingConference` reads. */
export type Managing = With<
  SignedIn & { conference: Conference; network: Awaited<ReturnType<typeof networkById>> }
>;
