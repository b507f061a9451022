// "Promote": a facilitator of a closed session turns a group (or one note) into a draft good practice
// of the session's network (through the catalogue's createPractice, status draft, audited in
// identity's log like the catalogue's own decisions) or into an action of the lab's action plan
// (through the labs module's addAction, with that plan's own edit rights). What was promoted is
// recorded (board_promotions) so the summary links to it.
import { z } from "zod";
import type { Actor } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import { AppError, forbidden, invalid, notFound } from "../../platform/errors.ts";
import type { Lang } from "../../platform/i18n/index.ts";
import { isUuid, newId } from "../../platform/ids.ts";
import { audit } from "../identity/index.ts";
import { addAction, canEditPlan, getLab, getPlan, type Lab, listPlans } from "../labs/index.ts";
import { createPractice } from "../practices/index.ts";
import type { SessionRow } from "./boards.repo.ts";
import { accessSession, stateOf } from "./boards.service.ts";
import { insertPromotion, promotionsOf } from "./outcomes.repo.ts";
import { can } from "./policy.ts";
import { type BoardState, isIsoDate, type Outcome } from "./rules.ts";

export type Source = { kind: "group" | "note"; id: string };

/** The form (also the service's input): what, to where, and the action's owner and deadline. */
export const PromoteForm = z.object({
  source: z.string().regex(/^(group|note):[0-9a-f-]{36}$/i, "boards.promote.errors.source"),
  target: z
    .string()
    .regex(/^(practice|action:[a-z0-9-]{1,200}:[0-9a-f-]{36})$/i, "boards.promote.errors.target"),
  title: z.string().trim().min(1, "form.required").max(150, "form.tooLong"),
  owner: z.string().trim().max(200, "form.tooLong").default(""),
  deadline: z
    .string()
    .trim()
    .default("")
    .refine((v) => v === "" || isIsoDate(v), { message: "boards.promote.errors.date" }),
});
export type PromoteInput = z.output<typeof PromoteForm>;

export const parseSource = (raw: string | undefined): Source | null => {
  const m = /^(group|note):(.+)$/.exec(raw ?? "");
  return m && isUuid(m[2]!) ? { kind: m[1] as Source["kind"], id: m[2]! } : null;
};

/** A catalogue field is plain text: no markup. A note's "<" becomes a look-alike. */
const plain = (s: string, max: number) => {
  const x = s
    .replace(/<(?=\s*[a-z!/?])/gi, "‹")
    .replace(/\s+/g, " ")
    .trim();
  return x.length > max ? `${x.slice(0, max - 1).trimEnd()}…` : x;
};

/** What a source is made of: a title, its notes' texts, the outcomes and actions recorded on it. */
export type SourceContent = {
  source: Source;
  column: string;
  title: string;
  notes: string[];
  outcomes: Outcome[];
};

function contentOf(state: BoardState, source: Source): SourceContent | null {
  const columnTitle = (id: string) => state.columns.find((c) => c.id === id)?.title ?? "";
  if (source.kind === "group") {
    const g = state.groups.get(source.id);
    if (!g) return null;
    const notes = [...state.notes.values()].filter((n) => n.groupId === g.id).map((n) => n.text);
    if (!notes.length) return null;
    return {
      source,
      column: columnTitle(g.columnId),
      title: plain(g.name || notes[0]!, 150),
      notes,
      outcomes: state.outcomes.filter((o) => o.groupId === g.id),
    };
  }
  const n = state.notes.get(source.id);
  if (!n) return null;
  return {
    source,
    column: columnTitle(n.columnId),
    title: plain(n.text, 150),
    notes: [n.text],
    outcomes: [],
  };
}

export type PlanChoice = { value: string; plan: string; goal: string };

export type PromoteContext = {
  session: SessionRow;
  content: SourceContent;
  lab: Lab | null;
  /** Goals of the lab's plans this person may edit ("action:<plan slug>:<goal id>"). */
  goals: PlanChoice[];
};

/**
 * Who may promote, and from what: a facilitator or co-facilitator (with an account) of a closed
 * session. 404 when the session or the source is not there (or not visible), 403 for anyone else.
 */
export async function promoteContext(
  deps: Deps,
  actor: Actor,
  sessionId: string,
  source: Source | null,
): Promise<PromoteContext> {
  const access = await accessSession(deps, { actor }, sessionId);
  if (!can(access.participant, "promote")) throw forbidden();
  if (access.session.phase !== "closed") throw notFound();
  const state = await stateOf(deps, access.session);
  const content = source ? contentOf(state, source) : null;
  if (!content) throw notFound();
  let lab: Lab | null = null;
  const goals: PlanChoice[] = [];
  if (access.session.lab_id) {
    lab = await getLab(deps, actor, access.session.lab_id).catch(() => null);
    if (lab) {
      for (const p of await listPlans(deps, actor, lab)) {
        if (!canEditPlan(actor, lab, { organisationId: p.organisation?.id ?? null })) continue;
        const plan = await getPlan(deps, actor, lab, p.slug);
        for (const g of plan.goals)
          goals.push({ value: `action:${plan.slug}:${g.id}`, plan: plan.title, goal: g.title });
      }
    }
  }
  return { session: access.session, content, lab, goals };
}

export type Promoted = { target: "practice" | "action"; title: string; path: string };

const markdownEscape = (x: string) => x.replace(/([\\`*_[\]#<>|!])/g, "\\$1").replace(/\s*\n\s*/g, " ");

/** The promotion itself. Field errors are a 422 (AppError with fieldErrors), as in other modules. */
export async function promote(
  deps: Deps,
  actor: Actor,
  sessionId: string,
  input: PromoteInput,
  lang: Lang,
  labels: { from: (session: string, column: string) => string; outcomes: string },
): Promise<Promoted> {
  const source = parseSource(input.source);
  const ctx = await promoteContext(deps, actor, sessionId, source);
  const { session, content } = ctx;
  const now = deps.clock.now();
  const title = plain(input.title, 150);
  // Once is enough (a second click, a reloaded form): the same group or note is not promoted twice
  // to the catalogue, nor twice to the same plan.
  const planPath = ctx.lab ? `/labs/${ctx.lab.slug}/plans/${input.target.split(":")[1]}` : "";
  const before = (await promotionsOf(deps.db, session.id)).find(
    (p) =>
      (p.group_id ?? p.note_id) === content.source.id &&
      (input.target === "practice"
        ? p.target === "practice"
        : p.target === "action" && p.target_path === planPath),
  );
  if (before) throw invalid([{ field: "target", message: "boards.promote.errors.already" }]);
  let promoted: Promoted & { id: string };
  if (input.target === "practice") {
    const detail = [
      markdownEscape(labels.from(session.title, content.column)),
      "",
      ...content.notes.map((n) => `- ${markdownEscape(n)}`),
      ...(content.outcomes.length
        ? ["", `**${labels.outcomes}**`, "", ...content.outcomes.map((o) => `- ${markdownEscape(o.text)}`)]
        : []),
    ].join("\n");
    const practice = await createPractice(
      deps,
      {
        title,
        summary: plain(content.notes.join(" · "), 500) || title,
        country: "IT",
        language: lang,
        networkId: session.network_id,
        visibility: "network",
        solution: detail.slice(0, 20_000),
      },
      { createdBy: actor.id, status: "draft" },
    );
    promoted = {
      id: practice.id,
      target: "practice",
      title: practice.title,
      path: `/practices/${practice.slug}`,
    };
    await audit(deps.db, {
      actorId: actor.id,
      // The catalogue's actions are plain strings of identity's log (see practices/workflow/moderation.service.ts).
      action: "practice.promote-from-board",
      networkId: session.network_id,
      details: { name: practice.title, practiceId: practice.id, sessionId: session.id, source: input.source },
      at: now,
    });
  } else {
    const [, planSlug, goalId] = input.target.split(":");
    const choice = ctx.goals.find((g) => g.value === input.target);
    if (!ctx.lab || !choice) throw invalid([{ field: "target", message: "boards.promote.errors.target" }]);
    const plan = await getPlan(deps, actor, ctx.lab, planSlug!);
    const outcome = content.outcomes.find((o) => o.kind === "action");
    let actionId: string;
    try {
      actionId = await addAction(deps, actor, ctx.lab, plan, goalId!, {
        title,
        owner: input.owner || outcome?.owner || "",
        deadline: input.deadline || outcome?.due || "",
        note: plain(labels.from(session.title, content.column), 2000),
      });
    } catch (err) {
      // The plan's own checks (a date it refuses): shown on the form like ours.
      if (err instanceof AppError && err.status === 422)
        throw invalid(
          err.fieldErrors.map((e) => ({
            field: e.field === "deadline" ? "deadline" : e.field === "owner" ? "owner" : "title",
            message: e.message,
          })),
        );
      throw err;
    }
    promoted = {
      id: actionId,
      target: "action",
      title,
      path: `/labs/${ctx.lab.slug}/plans/${plan.slug}`,
    };
  }
  await insertPromotion(deps.db, {
    id: newId(),
    session_id: session.id,
    group_id: content.source.kind === "group" ? content.source.id : null,
    note_id: content.source.kind === "note" ? content.source.id : null,
    target: promoted.target,
    target_id: promoted.id,
    target_title: promoted.title,
    target_path: promoted.path,
    created_by: actor.id,
    created_at: now,
  });
  return { target: promoted.target, title: promoted.title, path: promoted.path };
}
