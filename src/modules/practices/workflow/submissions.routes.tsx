// "Report a project" pages: the guided form (/practices/new, one step per post, files on the results
// step) and the check-answers page. The thank-you and status pages are in
// workflow/submissions.status.routes.tsx, the "changes requested" edit pages in workflow/submissions.edit.routes.tsx;
// all are mounted here, in this order. Anti-spam checks live in the handlers (honeypot, minimum fill
// time) and the service (rate limits per IP and per address).

import { Hono } from "hono";
import { z } from "zod";
import { AppError } from "../../../platform/errors.ts";
import { bodyLimit } from "../../../platform/http/body-limit.ts";
import { clientIp } from "../../../platform/http/client-ip.ts";
import type { AppEnv, Ctx } from "../../../platform/http/context.ts";
import { redirectWithFlash } from "../../../platform/http/middleware.ts";
import { newId } from "../../../platform/ids.ts";
import { dropPending, pendingOf, stashUpload } from "../media/pending.ts";
import { checkPage } from "../views-submit/check.tsx";
import { wizardPage } from "../views-submit/wizard.tsx";
import { errorsOf, minutesOf, readPosted, withServiceErrors } from "./http.ts";
import { HONEYPOT, MIN_FILL_SECONDS, sign, unsign } from "./limits.ts";
import { editRoutes } from "./submissions.edit.routes.tsx";
import { networksOf, storePosted, UPLOAD_BODY_BYTES, valuesOf } from "./submissions.http.ts";
import { ProjectStepChecked, ResultsStep, STEP_FIELDS, STEPS, SubmissionForm } from "./submissions.schema.ts";
import {
  draftMeta,
  myDrafts,
  myReports,
  ownDraft,
  saveDraft,
  sentWithForm,
  submitPractice,
} from "./submissions.service.ts";
import { statusRoutes } from "./submissions.status.routes.tsx";
import { statusToken } from "./submissions.status.ts";
import "./messages.ts";

/**
 * What the form carries between steps, signed: the raw values, when it was opened, the draft's id,
 * the files uploaded so far (pending until sent: media/pending.ts), and whether the person came back
 * from the check-answers page to change something.
 */
type WizardState = { v: Record<string, string>; s: number; f?: string; d?: string; u?: string[]; r?: 1 };

/** The check-answers page comes after the form's steps. */
const CHECK = STEPS.length;
const RESULTS = STEPS.findIndex((s) => s.key === "results");
function freshState(c: Ctx): WizardState {
  const actor = c.get("actor");
  return {
    v: {
      country: "IT",
      language: c.get("lang"),
      ...(actor ? { name: actor.name, email: actor.email } : {}),
    },
    s: c.get("deps").clock.now().getTime(),
    f: newId(),
  };
}

async function showStep(
  c: Ctx,
  st: WizardState,
  step: number,
  extra: {
    errors?: Record<string, string>;
    notice?: string;
    status?: number;
    /** Texts of an upload that failed, shown again (they are not part of the report's values). */
    upload?: Record<string, string>;
  } = {},
) {
  const actor = c.get("actor");
  const deps = c.get("deps");
  if (step >= CHECK)
    return checkPage(
      c,
      {
        values: st.v,
        state: sign(deps.config.secret, st),
        networks: await networksOf(c),
        files: await pendingOf(deps, st.u),
        notice: extra.notice,
      },
      extra.status ?? 200,
    );
  return wizardPage(
    c,
    {
      step,
      files: step === RESULTS ? await pendingOf(deps, st.u) : [],
      reviewing: Boolean(st.r),
      form: { values: { ...st.v, ...extra.upload }, errors: extra.errors ?? {} },
      state: sign(c.get("deps").config.secret, st),
      networks: await networksOf(c),
      signedIn: Boolean(actor),
      drafts: actor && step === 0 ? await myDrafts(c.get("deps"), actor) : [],
      reports: actor && step === 0 ? await myReports(c.get("deps"), actor) : [],
      notice: extra.notice,
    },
    extra.status ?? 200,
  );
}

// What a draft keeps of the later steps: whatever is there and valid, even if not complete yet.
const DraftExtras = z.object({
  problem: z.string().trim().max(20_000).default(""),
  solution: z.string().trim().max(20_000).default(""),
  resources: z.string().trim().max(20_000).default(""),
  results: z.string().trim().max(20_000).default(""),
  transferability: z.string().trim().max(20_000).default(""),
  lessons: z.string().trim().max(20_000).default(""),
});

async function keepDraft(c: Ctx, st: WizardState): Promise<void> {
  const actor = c.get("actor");
  if (!actor) return;
  const project = ProjectStepChecked.safeParse(st.v);
  if (!project.success) return;
  const nullIfEmpty = (v: string) => (v === "" ? null : v);
  const extras = DraftExtras.safeParse(st.v);
  const results = ResultsStep.safeParse(st.v);
  const more = extras.success
    ? Object.fromEntries(Object.entries(extras.data).map(([k, v]) => [k, nullIfEmpty(v)]))
    : {};
  st.d = await saveDraft(
    c.get("deps"),
    actor,
    st.d ?? null,
    {
      ...project.data,
      ...more,
      ...(results.success ? { website: results.data.website } : {}),
    },
    c.get("lang"),
  );
}

/** The whole report failed its check: the first step with a problem, its errors shown. */
function showFirstProblem(c: Ctx, st: WizardState, step: number, error: z.ZodError) {
  const errors = errorsOf(c, error);
  const first = STEPS.findIndex((s) => STEP_FIELDS[s.key].some((f) => errors[f]));
  return showStep(c, st, first < 0 ? Math.min(step, CHECK - 1) : first, { errors, status: 422 });
}

/** "Send" on the check-answers page: everything again, the anti-spam time check, then the service. */
async function send(c: Ctx, st: WizardState) {
  const deps = c.get("deps");
  const t = c.get("t");
  const sentTo = (reference: string) =>
    c.redirect(`/practices/new/sent?token=${encodeURIComponent(statusToken(deps, reference))}`, 303);
  // The same form sent again (a second click, the back button): its report, not a second one.
  const already = await sentWithForm(deps, st.f);
  if (already) return sentTo(already);
  const full = SubmissionForm.safeParse(st.v);
  if (!full.success) return showFirstProblem(c, st, CHECK, full.error);
  if (deps.clock.now().getTime() - st.s < MIN_FILL_SECONDS * 1000)
    return showStep(c, st, CHECK, { notice: t("practices.submit.errors.tooFast"), status: 422 });
  let sent: Awaited<ReturnType<typeof submitPractice>>;
  try {
    sent = await submitPractice(deps, c.get("actor"), full.data, {
      ip: clientIp(c),
      lang: c.get("lang"),
      draftId: st.d,
      uploads: st.u,
      formId: st.f,
    });
  } catch (err) {
    const raced = await sentWithForm(deps, st.f);
    if (raced) return sentTo(raced);
    if (err instanceof AppError && err.status === 429) {
      c.header("Retry-After", err.headers["Retry-After"] ?? "60");
      return showStep(c, st, CHECK, {
        notice: t("practices.submit.errors.rateLimited", { minutes: minutesOf(err) }),
        status: 429,
      });
    }
    if (err instanceof AppError && err.status === 409)
      return showStep(c, freshState(c), 0, { notice: t("practices.submit.errors.expired"), status: 409 });
    const form = withServiceErrors(c, { values: st.v, errors: {} }, err);
    return showStep(c, st, 0, { errors: form.errors, status: 422 });
  }
  return sentTo(sent.reference);
}

export function submissionRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/practices/new", async (c) => {
    const actor = c.get("actor");
    const draftId = c.req.query("draft");
    const st = freshState(c);
    if (actor && draftId) {
      const p = await ownDraft(c.get("deps"), actor, draftId);
      const meta = await draftMeta(c.get("deps"), p.id);
      st.v = { ...st.v, ...valuesOf(p, meta?.organisation_name ?? null) };
      st.d = p.id;
    }
    return showStep(c, st, 0);
  });

  r.post("/practices/new", bodyLimit(UPLOAD_BODY_BYTES), async (c) => {
    const deps = c.get("deps");
    const t = c.get("t");
    const body = await readPosted(c);
    const st = unsign<WizardState>(deps.config.secret, body.state ?? "");
    if (!st || typeof st.s !== "number" || typeof st.v !== "object" || st.v === null)
      return showStep(c, freshState(c), 0, { notice: t("practices.submit.errors.expired"), status: 400 });
    const step = Math.min(Math.max(Number.parseInt(body.step ?? "0", 10) || 0, 0), CHECK);
    const key = STEPS[step]?.key;
    if (key) for (const f of STEP_FIELDS[key]) st.v[f] = body[f] ?? "";
    // A signed-in person's draft must still be theirs (the id travels signed, but drafts get sent).
    if (st.d && !c.get("actor")) delete st.d;
    // "enter": the form's hidden first button, pressed by Enter in a field — the same as "Continue".
    const nav = !body.nav || body.nav === "enter" ? "next" : body.nav;

    if (body[HONEYPOT])
      return showStep(c, st, step, { notice: t("practices.submit.errors.honeypot"), status: 422 });

    // The check-answers page: change a section (its step, "Continue" comes back), back, or send.
    if (step === CHECK) {
      const change = /^change:(\d)$/.exec(nav);
      if (change) return showStep(c, { ...st, r: 1 }, Math.min(Number(change[1]), CHECK - 1));
      if (nav === "back") return showStep(c, st, CHECK - 1);
      if (nav === "send") return send(c, st);
      return showStep(c, st, CHECK);
    }

    // Files first: a file chosen is stored whatever button was pressed, so it is never asked again.
    if (step === RESULTS) {
      const removed = /^remove:([0-9a-f-]{36})$/i.exec(nav)?.[1];
      if (removed && st.u?.includes(removed)) {
        await dropPending(deps, removed);
        st.u = st.u.filter((id) => id !== removed);
        return showStep(c, st, step);
      }
      const upload = { imageAlt: body.imageAlt ?? "", attachmentTitle: body.attachmentTitle ?? "" };
      const refused = await storePosted(c, upload, async (u) => {
        st.u = [...(st.u ?? []), await stashUpload(deps, u, st.u?.length ?? 0)];
      });
      if (refused) return showStep(c, st, step, { ...refused, upload });
      if (nav === "upload") return showStep(c, st, step);
    }
    if (nav === "back") return showStep(c, st, Math.max(0, step - 1));

    // Saving a draft from the last step needs no consent yet: that step is checked when sending.
    const saveOnly = nav === "save" && key === "you";
    const schema = step === 0 ? ProjectStepChecked : STEPS[step]!.schema;
    const parsed = saveOnly ? null : schema.safeParse(st.v);
    if (parsed && !parsed.success)
      return showStep(c, st, step, { errors: errorsOf(c, parsed.error), status: 422 });

    try {
      await keepDraft(c, st);
    } catch (err) {
      return showStep(c, st, 0, {
        errors: withServiceErrors(c, { values: st.v, errors: {} }, err).errors,
        status: 422,
      });
    }
    if (nav === "save" && c.get("actor"))
      return redirectWithFlash(c, "/practices/new", { kind: "success", key: "practices.submit.draftSaved" });
    // The next step, unless this was the last one or the person came from the check-answers page.
    if (step < CHECK - 1 && !st.r) return showStep(c, st, step + 1);
    const full = SubmissionForm.safeParse(st.v);
    if (!full.success) {
      if (st.r && step < CHECK - 1) return showStep(c, st, step + 1);
      return showFirstProblem(c, st, step, full.error);
    }
    delete st.r;
    return showStep(c, st, CHECK);
  });

  statusRoutes(r);
  editRoutes(r);
  return r;
}
