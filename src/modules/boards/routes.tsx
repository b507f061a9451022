// Pages of board sessions. Thin handlers: validate → authorise → one service call → render.
// The session's files (summary.md|csv|pdf) are served by outcomes.routes.tsx.
// Every board command is also a plain form post (POST /boards/:id/commands) that redirects back to
// the list view, so the board works without JavaScript.

import { Hono } from "hono";
import { AppError, problemOf } from "../../platform/errors.ts";
import { clientIp } from "../../platform/http/client-ip.ts";
import type { AppEnv, Ctx } from "../../platform/http/context.ts";
import { setAppCookie } from "../../platform/http/cookies.ts";
import { readForm, validateForm } from "../../platform/http/forms.ts";
import { requireActor, type SignedIn, type With } from "../../platform/http/guards.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { isUuid } from "../../platform/ids.ts";
import { liveUrl } from "../../platform/realtime/protocol.ts";
import { emptyForm, type FormState } from "../../platform/ui/components.tsx";
import { qrSvg } from "../../platform/ui/qr.ts";
import { type Network, networkById } from "../identity/index.ts";
import { getMeeting, listLabs } from "../labs/index.ts";
import type { SessionRow } from "./boards.repo.ts";
import {
  accessSession,
  createSession,
  JoinError,
  join,
  listSessions,
  sessionForJoinCode,
  sessionsOfMyNetworks,
  stateOf,
} from "./boards.service.ts";
import { flooding, runCommand } from "./command-runner.ts";
import { commandFromForm } from "./commands.ts";
import { inNetwork, sessionIdParam, sessionOfPath, visitorOf } from "./guards.ts";
import { GUEST_COOKIE, guestTokens } from "./guest-cookie.ts";
import { guestLiveTicket } from "./guest-live.service.ts";
import { can, reopenable, reopenUntil } from "./policy.ts";
import { presenceNow } from "./presence.ts";
import type { Participant } from "./rules.ts";
import { GuestForm, SessionForm } from "./schema.ts";
import { networkTemplates } from "./templates.service.ts";
import { viewOf } from "./view.ts";
import { boardViewChosen } from "./view-choice.ts";
import { boardPage, type CommandError } from "./views/board-page.tsx";
import type { ReopenState } from "./views/board-reopen.tsx";
import { CONFIRM_FIELD } from "./views/close-page.tsx";
import { minePage } from "./views/mine-page.tsx";
import {
  joinPage,
  type NewSessionContext,
  newSessionPage,
  sessionsListPage,
  settingsValues,
} from "./views/pages.tsx";
import "./messages.ts";

/** The session's page (the board view or the list view: view-choice.ts), optionally with an error. */
export async function showBoard(c: Ctx, sessionId: string, error?: CommandError, status = 200) {
  const deps = c.get("deps");
  const access = await accessSession(deps, visitorOf(c, sessionId), sessionId);
  const network = await networkById(deps, access.session.network_id);
  const [state, presence] = await Promise.all([
    stateOf(deps, access.session),
    presenceNow(deps, access.session.id),
  ]);
  const me = access.participant
    ? (state.participants.get(access.participant.id) ?? access.participant)
    : null;
  const joinUrl = `${deps.config.baseUrl}/boards/join/${access.session.join_code}`;
  return boardPage(
    c,
    {
      session: access.session,
      view: viewOf(state, me),
      people: state.participants,
      participant: me,
      canJoin: access.canJoin,
      joinUrl,
      // Shown to facilitators to project in the room: people join by pointing a phone at it.
      joinQr: can(me, "run-board") ? await qrSvg(joinUrl, 220) : null,
      networkName: network.name,
      networkSlug: network.slug,
      live: Boolean(me),
      // A guest has no browser session for /live: the page asks for a ticket for this session.
      liveTicketUrl:
        me && can(c.get("actor"), "live-ticket", { participant: me })
          ? `/boards/${access.session.id}/live-ticket`
          : null,
      canSaveTemplate: can(me, "save-template"),
      reopen: reopenState(access.session, me, deps.clock.now()),
      presence,
      visual: boardViewChosen(c, Boolean(me)),
      ...(error ? { error } : {}),
    },
    status,
  );
}

/** For a closed session's facilitators: whether they may still reopen it, and until when. */
function reopenState(session: SessionRow, me: Participant | null, now: Date): ReopenState | null {
  if (session.phase !== "closed" || !session.closed_at || !can(me, "reopen")) return null;
  const closedAt = session.closed_at;
  return { open: reopenable(closedAt, now), until: reopenUntil(closedAt), closedAt };
}

export function boardRoutes() {
  const r = new Hono<AppEnv>();

  // Where the main navigation's "Sessioni partecipative" leads: the person's networks' sessions.
  r.get("/boards", requireActor(), async (c) =>
    minePage(c, await sessionsOfMyNetworks(c.get("deps"), c.get("actor"))),
  );

  r.get("/networks/:slug/boards", ...inNetwork("list-sessions"), async (c) => {
    const network = c.get("network");
    return sessionsListPage(
      c,
      network,
      await listSessions(c.get("deps"), network.id),
      can(c.get("actor"), "create-session", { networkId: network.id }),
    );
  });

  /** What the form offers; `meetingId`: the meeting it is for (?meeting=, or the form's field). */
  const creatable = async (
    c: With<SignedIn & { network: Network }>,
    meetingId: string | undefined,
  ): Promise<NewSessionContext> => {
    const actor = c.get("actor");
    const deps = c.get("deps");
    const network = c.get("network");
    const [labs, saved, meeting] = await Promise.all([
      listLabs(deps, actor, { networkId: network.id }),
      networkTemplates(deps, network.id),
      // Named on the form when this person sees it in this network; createSession checks it again.
      meetingId && isUuid(meetingId)
        ? getMeeting(deps, actor, { id: meetingId }, true).then(
            (m) => (m.lab.networkId === network.id ? { id: m.meeting.id, title: m.meeting.title } : null),
            () => null,
          )
        : null,
    ]);
    return { network, labs, saved, meeting };
  };

  r.get("/networks/:slug/boards/new", ...inNetwork("create-session"), async (c) => {
    const page = await creatable(c, c.req.query("meeting"));
    // "Use this template" on the network's saved templates links here with ?template=saved:<id>.
    const template = SessionForm.shape.template.safeParse(c.req.query("template"));
    // A saved template brings its settings too (the form shows them, and the person may change them).
    const chosen = template.success ? page.saved.find((s) => `saved:${s.id}` === template.data) : undefined;
    return newSessionPage(
      c,
      page,
      emptyForm({
        template: template.success ? template.data : "issues-solutions-practices",
        ...settingsValues(chosen?.settings ?? null),
        lab: c.req.query("lab") ?? "",
        ...(page.meeting ? { meeting: page.meeting.id } : {}),
      }),
    );
  });

  r.post("/networks/:slug/boards", ...inNetwork("create-session"), async (c) => {
    const actor = c.get("actor");
    const v = await validateForm(c, SessionForm);
    const page = await creatable(c, v.form.values.meeting);
    if (!v.ok) return newSessionPage(c, page, v.form, 422);
    try {
      const s = await createSession(c.get("deps"), actor, page.network, v.data, c.get("lang"));
      return redirectWithFlash(c, `/boards/${s.id}`, { kind: "success", key: "boards.created" });
    } catch (err) {
      if (!(err instanceof AppError) || err.status !== 422) throw err;
      const errors: FormState["errors"] = {};
      for (const e of err.fieldErrors) errors[e.field] = c.get("t")(e.message);
      return newSessionPage(c, page, { values: v.form.values, errors }, 422);
    }
  });

  r.get("/boards/:id", async (c) => showBoard(c, sessionIdParam(c)));

  // A network member joins from the session page.
  r.post("/boards/:id/join", requireActor(), sessionOfPath, async (c) => {
    const id = c.get("access").session.id;
    try {
      await join(c.get("deps"), c.get("access").session, { actor: c.get("actor") });
    } catch (err) {
      if (err instanceof JoinError)
        return redirectWithFlash(c, `/boards/${id}`, { kind: "danger", key: err.key });
      throw err;
    }
    return redirectWithFlash(c, `/boards/${id}`, { kind: "success", key: "boards.joined" });
  });

  // The join link: anyone signed in who has it, or a guest with a name when the session allows guests.
  r.get("/boards/join/:code", async (c) => {
    const deps = c.get("deps");
    const session = await sessionForJoinCode(deps, c.req.param("code"));
    const actor = c.get("actor");
    const access = await accessSession(deps, visitorOf(c, session.id), session.id).catch(() => null);
    if (access?.participant) return c.redirect(`/boards/${session.id}`, 303);
    return joinPage(c, session, {
      signedIn: Boolean(actor),
      canJoinAsAccount: Boolean(actor),
      form: emptyForm(),
    });
  });

  r.post("/boards/join/:code", async (c) => {
    const deps = c.get("deps");
    const session = await sessionForJoinCode(deps, c.req.param("code"));
    const actor = c.get("actor");
    const back = `/boards/${session.id}`;
    try {
      if (actor) {
        await join(deps, session, { actor });
      } else {
        const v = await validateForm(c, GuestForm);
        if (!v.ok)
          return joinPage(c, session, { signedIn: false, canJoinAsAccount: false, form: v.form }, 422);
        const existing = guestTokens(c);
        const { guestToken } = await join(deps, session, { guestName: v.data.name, ip: clientIp(c) });
        if (guestToken) {
          existing.set(session.id, guestToken);
          const value = [...existing]
            .slice(-10)
            .map(([sid, tok]) => `${sid}:${tok}`)
            .join(",");
          setAppCookie(c, GUEST_COOKIE, value, 60 * 60 * 24 * 30);
        }
      }
    } catch (err) {
      if (err instanceof JoinError) return redirectWithFlash(c, c.req.path, { kind: "danger", key: err.key });
      if (err instanceof AppError && err.status === 429) {
        // Too many guests joining (from this address or into this session): the form again, with the wait.
        const wait = Number(err.headers["Retry-After"] ?? 60);
        c.header("Retry-After", String(wait));
        const notice = c.get("t")("boards.join.rateLimited", { n: Math.max(1, Math.ceil(wait / 60)) });
        const form = { values: await readForm(c), errors: {} };
        return joinPage(c, session, { signedIn: false, canJoinAsAccount: false, form, notice }, 429);
      }
      throw err;
    }
    return redirectWithFlash(c, back, { kind: "success", key: "boards.joined" });
  });

  // A guest's ticket for /live (the board script (client/board) asks before each connection). JSON both ways for
  // the script, with the form's CSRF token like any post; refusals as problem details.
  r.post("/boards/:id/live-ticket", async (c) => {
    const id = sessionIdParam(c);
    try {
      const deps = c.get("deps");
      const { ticket, expiresAt } = await guestLiveTicket(deps, visitorOf(c, id), id);
      c.header("Cache-Control", "no-store");
      // The same answer as an account's ticket (POST /api/v1/live/tickets): the URL to open, ticket included.
      return c.json({
        ticket,
        expiresAt: expiresAt.toISOString(),
        url: liveUrl(deps.config.baseUrl, ticket),
      });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      for (const [k, v] of Object.entries(err.headers)) c.header(k, v);
      return c.json(problemOf(err), err.status as 404, { "Content-Type": "application/problem+json" });
    }
  });

  // Every command as a form post: done → back to the board with a message; refused → the board
  // again (422) with the reason on the form it came from and what was typed kept.
  r.post("/boards/:id/commands", sessionOfPath, async (c) => {
    const access = c.get("access");
    const id = access.session.id;
    const deps = c.get("deps");
    const fields = await readForm(c);
    const formId = /^[a-z0-9-]{1,80}$/i.test(fields.form ?? "") ? fields.form! : "";
    const { form: _form, [CONFIRM_FIELD]: confirmed, ...rest } = fields;
    const refuse = (reason: string) =>
      showBoard(c, id, { key: `boards.refused.${reason}`, formId, values: fields }, 422);
    if (!access.participant) return refuse("not-joined");
    if (flooding(id, access.participant.id)) return refuse("rate-limited");
    const cmd = commandFromForm(rest);
    if (!cmd) return refuse("malformed");
    // Closing is asked for once more on a page of its own (facilitation.routes.tsx) unless confirmed.
    const closing = cmd.type === "end" || (cmd.type === "phase.set" && cmd.phase === "closed");
    if (
      closing &&
      confirmed !== "yes" &&
      can(access.participant, "run-board") &&
      access.session.phase !== "closed"
    )
      return c.redirect(`/boards/${id}/close`, 303);
    const result = await runCommand(deps, id, access.participant.id, cmd);
    if (!result.ok) return refuse(result.reason);
    const anchor = cmd.type === "note.add" ? `#column-${cmd.columnId}` : "";
    const done = closing ? "boards.closedDone" : "boards.done";
    return redirectWithFlash(c, `/boards/${id}${anchor}`, { kind: "success", key: done });
  });

  return r;
}
