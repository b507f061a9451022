// The board's verbs for /api/v1 (api.ts), on the same services as the pages and /live: who may see
// a session is accessSession's answer, joining is join(), commands go through runCommand and the
// rules, reopening through reopenSession. What is new here is only the API's way of answering: a
// refusal becomes problem details with the rules' reason as its code (REFUSAL_STATUS).
import type { Actor } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import { AppError, invalid, notFound } from "../../platform/errors.ts";
import type { z } from "../../platform/http/api.ts";
import { type Lang, translator } from "../../platform/i18n/index.ts";
import { networkByIdOrSlug, refuseInNetwork } from "../identity/index.ts";
import { getLab } from "../labs/index.ts";
import { frameFor, sessionItemJson, sessionJson, summaryJson } from "./api.json.ts";
import type { ListQuery, SessionCreate } from "./api.schema.ts";
import { sessionsPage } from "./boards.repo.ts";
import { accessSession, createSession, join, sessionForJoinCode, stateOf } from "./boards.service.ts";
import { FLOOD, flooding, runCommand } from "./command-runner.ts";
import { commandErrors, parseCommandWithId } from "./commands.ts";
import { sessionSummary } from "./outcomes.service.ts";
import { can } from "./policy.ts";
import { reopenSession } from "./reopen.service.ts";
import type { Reason } from "./rules.ts";
import { SETTING_RANGES, type SessionInput } from "./schema.ts";
import { networkTemplates } from "./templates.service.ts";
import { columnsOf, TEMPLATE_CODES } from "./templates.ts";
import { viewOf } from "./view.ts";
import "./messages.ts";

/**
 * The status of each refusal (the rest are 409: the session's state does not allow it now). Its
 * `code` is the reason, as on /live; its `detail` the reason's English message.
 */
const REFUSAL_STATUS: Partial<Record<Reason, number>> = {
  malformed: 422,
  empty: 422,
  "too-long": 422,
  "other-column": 422,
  "same-group": 422,
  "timer-range": 422,
  "bad-date": 422,
  // A note or group the command names that the session does not have: the request is wrong, not the path.
  "not-found": 422,
  "not-joined": 403,
  "not-facilitator": 403,
  "not-lead-facilitator": 403,
  "not-yours": 403,
  "guest-cannot-facilitate": 403,
  "rate-limited": 429,
};

export function refusal(reason: Reason): AppError {
  const status = REFUSAL_STATUS[reason] ?? 409;
  const headers: Record<string, string> =
    status === 429 ? { "Retry-After": String(Math.ceil(FLOOD.windowMs / 1000)) } : {};
  return new AppError(status, reason, `boards.refused.${reason}`, [], headers);
}

const base = (deps: Deps) => deps.config.baseUrl;

/** The network a body or filter names (id or slug), refused as in the pages when `action` is not allowed. */
async function networkFor(
  deps: Deps,
  actor: Actor,
  ref: string,
  action: "list-sessions" | "create-session" | "use-templates",
) {
  const network = await networkByIdOrSlug(deps, ref);
  if (!network) throw notFound("No network with this id or slug.");
  if (!can(actor, action, { networkId: network.id })) throw refuseInNetwork(actor, network.id);
  return network;
}

export async function listSessionsFor(deps: Deps, actor: Actor, q: z.infer<typeof ListQuery>) {
  const network = await networkFor(deps, actor, q.network, "list-sessions");
  const page = { page: q.page, limit: q.limit };
  let labId: string | undefined;
  if (q.lab) {
    // A lab this person may not see, or of another network, has no sessions here.
    const lab = await getLab(deps, actor, q.lab).catch(() => null);
    if (!lab || lab.networkId !== network.id) return { items: [], total: 0, ...page };
    labId = lab.id;
  }
  const filter = { networkId: network.id, labId, meetingId: q.meeting, phase: q.phase };
  const { rows, total } = await sessionsPage(deps.db, filter, (q.page - 1) * q.limit, q.limit);
  return { items: rows.map((r) => sessionItemJson(base(deps), r)), total, ...page };
}

/** The session as this person sees it (404 when they may not see it). */
export async function sessionFor(deps: Deps, actor: Actor, id: string) {
  const access = await accessSession(deps, { actor }, id);
  const state = await stateOf(deps, access.session);
  const me = access.participant
    ? (state.participants.get(access.participant.id) ?? access.participant)
    : null;
  return sessionJson(base(deps), access.session, viewOf(state, me), me);
}

/** Creates a session as the form does; a saved template's settings fill what the body leaves out. */
export async function createSessionFor(
  deps: Deps,
  actor: Actor,
  body: z.infer<typeof SessionCreate>,
  lang: Lang,
) {
  const network = await networkFor(deps, actor, body.network, "create-session");
  const blank = body.template === "blank";
  if (blank && !body.columns) throw invalid([{ field: "columns", message: "boards.form.columnsRequired" }]);
  if (!blank && body.columns)
    throw invalid([{ field: "columns", message: "Columns are given only with the template `blank`." }]);
  const saved = body.template.startsWith("saved:")
    ? (await networkTemplates(deps, network.id)).find((t) => `saved:${t.id}` === body.template)
    : undefined;
  const input: SessionInput & { columnList?: { title: string; prompt: string }[] } = {
    title: body.title,
    template: body.template as SessionInput["template"],
    columns: "",
    lab: body.lab ?? null,
    meeting: body.meeting ?? null,
    privateCollect: false,
    anonymous: false,
    hideVotes: false,
    guestsAllowed: false,
    maxNoteLength: SETTING_RANGES.maxNoteLength.fallback,
    voteBudget: SETTING_RANGES.voteBudget.fallback,
    groupCap: SETTING_RANGES.groupCap.fallback,
    timerMinutes: SETTING_RANGES.timerMinutes.fallback,
    ...(saved?.settings ?? {}),
    ...(body.settings ?? {}),
    ...(body.columns
      ? { columnList: body.columns.map((c) => ({ title: c.title, prompt: c.prompt ?? "" })) }
      : {}),
  };
  const row = await createSession(deps, actor, network, input, lang);
  return sessionFor(deps, actor, row.id);
}

/**
 * Joins as the token's person; joining again answers the same place (`created` false). Without the
 * join code only those who may see the session (its network's members) join; with it, anyone with
 * an account, as with the join link.
 */
export async function joinFor(deps: Deps, actor: Actor, id: string, code: string | undefined) {
  let session: Awaited<ReturnType<typeof accessSession>>["session"];
  let before: boolean;
  if (code) {
    session = await sessionForJoinCode(deps, code);
    if (session.id !== id) throw notFound();
    before = Boolean((await accessSession(deps, { actor }, id).catch(() => null))?.participant);
  } else {
    const access = await accessSession(deps, { actor }, id);
    session = access.session;
    before = access.participant !== null;
  }
  const { participant } = await join(deps, session, { actor });
  return { place: { ...participant, sessionId: id }, created: !before };
}

/** Runs one command from the body (the command, with an optional `clientId`) as the caller's place. */
export async function commandFor(deps: Deps, actor: Actor, id: string, body: unknown) {
  const access = await accessSession(deps, { actor }, id);
  const me = access.participant;
  if (!me) throw refusal("not-joined");
  if (flooding(id, me.id)) throw refusal("rate-limited");
  const parsed = parseCommandWithId(body);
  if (!parsed) throw new AppError(422, "malformed", "boards.refused.malformed", commandErrors(body));
  const r = await runCommand(deps, id, me.id, parsed.cmd, parsed.clientId);
  if (!r.ok) throw refusal(r.reason);
  return {
    seq: r.seq,
    ...(parsed.clientId ? { clientId: parsed.clientId } : {}),
    events: r.events.map((e) => frameFor(id, e, me)).filter((f): f is Record<string, unknown> => f !== null),
  };
}

/** Closes the session (the `end` command: facilitators only), then answers it as it is now. */
export async function closeFor(deps: Deps, actor: Actor, id: string) {
  await commandFor(deps, actor, id, { type: "end" });
  return sessionFor(deps, actor, id);
}

/** Reopens a closed session (its facilitators, within the window): as the page's form does. */
export async function reopenFor(deps: Deps, actor: Actor, id: string) {
  const r = await reopenSession(deps, actor, id);
  if (!r.ok) throw refusal(r.reason);
  return sessionFor(deps, actor, id);
}

export async function summaryFor(deps: Deps, actor: Actor, id: string) {
  return summaryJson(base(deps), await sessionSummary(deps, { actor }, id));
}

/**
 * The templates a session of the network may start from: the built-in ones (their columns in `lang`)
 * and the network's saved ones, for whoever may create sessions there.
 */
export async function templatesFor(deps: Deps, actor: Actor, networkRef: string, lang: Lang) {
  const network = await networkFor(deps, actor, networkRef, "use-templates");
  const t = translator(lang);
  const builtIn = TEMPLATE_CODES.map((code) => ({
    template: code,
    name: t(`boards.template.${code}`),
    saved: false,
    columns: columnsOf(code, lang),
    settings: null,
  }));
  const saved = (await networkTemplates(deps, network.id)).map((tpl) => ({
    template: `saved:${tpl.id}`,
    name: tpl.name,
    saved: true,
    columns: tpl.columns,
    settings: tpl.settings,
  }));
  return [...builtIn, ...saved];
}
