// "Report a project" pages: the guided form (/practices/new, one step per post), the thank-you page
// and the edit page of the mailed "changes requested" link. Anti-spam checks live in the handlers
// (honeypot, minimum fill time) and the service (rate limits per IP and per address).
import { Hono } from "hono";
import { z } from "zod";
import { AppError } from "../../platform/errors.ts";
import type { AppEnv, Ctx } from "../../platform/http/context.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import type { FormState } from "../../platform/ui/components.tsx";
import { listNetworks, toSignIn } from "../identity/index.ts";
import type { Practice } from "./practices.service.ts";
import {
  EditForm,
  ProjectStepChecked,
  ResultsStep,
  STEP_FIELDS,
  STEPS,
  SubmissionForm,
} from "./submissions.schema.ts";
import {
  checkEditLink,
  draftMeta,
  myDrafts,
  myReports,
  ownDraft,
  ownReportForChanges,
  resubmitOwn,
  resubmitWithLink,
  saveDraft,
  submitPractice,
} from "./submissions.service.ts";
import { badLinkPage, editPage } from "./views-submit/edit.tsx";
import { sentPage, wizardPage } from "./views-submit/wizard.tsx";
import { clientIp, errorsOf, minutesOf, readPosted, withServiceErrors } from "./workflow.http.ts";
import { HONEYPOT, MIN_FILL_SECONDS, sign, unsign } from "./workflow.limits.ts";
import "./workflow.messages.ts";

/** What the form carries between steps, signed: the raw values, when it was opened, the draft's id. */
type WizardState = { v: Record<string, string>; s: number; d?: string };

const networksOf = async (c: Ctx) =>
  (await listNetworks(c.get("deps"))).map((n) => ({ id: n.id, name: n.name }));

function freshState(c: Ctx): WizardState {
  const actor = c.get("actor");
  return {
    v: {
      country: "IT",
      language: c.get("lang"),
      ...(actor ? { name: actor.name, email: actor.email } : {}),
    },
    s: c.get("deps").clock.now().getTime(),
  };
}

/** The raw form values of a saved draft. */
function valuesOf(p: Practice, organisation: string | null): Record<string, string> {
  const s = (v: string | number | null | undefined) => (v == null ? "" : String(v));
  return {
    title: p.title,
    summary: p.summary,
    organisation: s(organisation),
    place: s(p.place),
    country: p.country,
    language: p.language,
    startYear: s(p.startYear),
    endYear: s(p.endYear),
    themes: p.themes.join(","),
    networkId: s(p.networkId),
    problem: s(p.problem),
    solution: s(p.solution),
    resources: s(p.resources),
    results: s(p.results),
    transferability: s(p.transferability),
    lessons: s(p.lessons),
    website: s(p.website),
    contact: s(p.contact),
  };
}

async function showStep(
  c: Ctx,
  st: WizardState,
  step: number,
  extra: { errors?: Record<string, string>; notice?: string; status?: number } = {},
) {
  const actor = c.get("actor");
  return wizardPage(
    c,
    {
      step,
      form: { values: st.v, errors: extra.errors ?? {} },
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

  r.post("/practices/new", async (c) => {
    const deps = c.get("deps");
    const t = c.get("t");
    const body = await readPosted(c);
    const st = unsign<WizardState>(deps.config.secret, body.state ?? "");
    if (!st || typeof st.s !== "number" || typeof st.v !== "object" || st.v === null)
      return showStep(c, freshState(c), 0, { notice: t("practices.submit.errors.expired"), status: 400 });
    const step = Math.min(Math.max(Number.parseInt(body.step ?? "0", 10) || 0, 0), STEPS.length - 1);
    const key = STEPS[step]!.key;
    for (const f of STEP_FIELDS[key]) st.v[f] = body[f] ?? "";
    // A signed-in person's draft must still be theirs (the id travels signed, but drafts get sent).
    if (st.d && !c.get("actor")) delete st.d;

    if (body[HONEYPOT])
      return showStep(c, st, step, { notice: t("practices.submit.errors.honeypot"), status: 422 });
    if (body.nav === "back") return showStep(c, st, Math.max(0, step - 1));

    // Saving a draft from the last step needs no consent yet: that step is checked when sending.
    const saveOnly = body.nav === "save" && key === "you";
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
    if (body.nav === "save" && c.get("actor"))
      return redirectWithFlash(c, "/practices/new", { kind: "success", key: "practices.submit.draftSaved" });
    if (step < STEPS.length - 1 || body.nav !== "send")
      return showStep(c, st, Math.min(step + 1, STEPS.length - 1));

    // The last step: everything again, then the anti-spam time check, then the service.
    const full = SubmissionForm.safeParse(st.v);
    if (!full.success) {
      const errors = errorsOf(c, full.error);
      const first = STEPS.findIndex((s) => STEP_FIELDS[s.key].some((f) => errors[f]));
      return showStep(c, st, first < 0 ? step : first, { errors, status: 422 });
    }
    if (deps.clock.now().getTime() - st.s < MIN_FILL_SECONDS * 1000)
      return showStep(c, st, step, { notice: t("practices.submit.errors.tooFast"), status: 422 });
    try {
      await submitPractice(deps, c.get("actor"), full.data, {
        ip: clientIp(c),
        lang: c.get("lang"),
        draftId: st.d,
      });
    } catch (err) {
      if (err instanceof AppError && err.status === 429) {
        c.header("Retry-After", err.headers["Retry-After"] ?? "60");
        return showStep(c, st, step, {
          notice: t("practices.submit.errors.rateLimited", { minutes: minutesOf(err) }),
          status: 429,
        });
      }
      const form = withServiceErrors(c, { values: st.v, errors: {} }, err);
      return showStep(c, st, 0, { errors: form.errors, status: 422 });
    }
    return c.redirect("/practices/new/sent", 303);
  });

  r.get("/practices/new/sent", (c) => sentPage(c));

  r.get("/practices/submissions/edit", async (c) => {
    const token = c.req.query("token") ?? "";
    const link = await checkEditLink(c.get("deps"), token);
    if (!link.ok) return badLinkPage(c, link.problem);
    const form: FormState = {
      values: valuesOf(link.practice, link.submission.organisation_name),
      errors: {},
    };
    return editPage(c, {
      action: "/practices/submissions/edit",
      token,
      title: link.practice.title,
      reason: link.submission.reason,
      form,
      networks: await networksOf(c),
    });
  });

  r.post("/practices/submissions/edit", async (c) => {
    const body = await readPosted(c);
    const token = body.token ?? "";
    const link = await checkEditLink(c.get("deps"), token);
    if (!link.ok) return badLinkPage(c, link.problem);
    const show = async (form: FormState) =>
      editPage(
        c,
        {
          action: "/practices/submissions/edit",
          token,
          title: link.practice.title,
          reason: link.submission.reason,
          form,
          networks: await networksOf(c),
        },
        422,
      );
    const values = { ...body };
    delete values.token;
    const parsed = EditForm.safeParse(values);
    if (!parsed.success) return show({ values, errors: errorsOf(c, parsed.error) });
    try {
      await resubmitWithLink(c.get("deps"), token, parsed.data);
    } catch (err) {
      return show(withServiceErrors(c, { values, errors: {} }, err));
    }
    return redirectWithFlash(c, "/practices/new/sent", { kind: "success", key: "practices.edit.sent" });
  });

  // The same edit for a signed-in submitter, from "Your reports" on /practices/new.
  r.get("/practices/submissions/:id/edit", async (c) => {
    const actor = c.get("actor");
    if (!actor) return toSignIn(c);
    const { practice, submission } = await ownReportForChanges(c.get("deps"), actor, c.req.param("id"));
    return editPage(c, {
      action: `/practices/submissions/${practice.id}/edit`,
      title: practice.title,
      reason: submission.reason,
      form: { values: valuesOf(practice, submission.organisation_name), errors: {} },
      networks: await networksOf(c),
    });
  });

  r.post("/practices/submissions/:id/edit", async (c) => {
    const actor = c.get("actor");
    if (!actor) return toSignIn(c);
    const { practice, submission } = await ownReportForChanges(c.get("deps"), actor, c.req.param("id"));
    const values = await readPosted(c);
    const show = async (form: FormState) =>
      editPage(
        c,
        {
          action: `/practices/submissions/${practice.id}/edit`,
          title: practice.title,
          reason: submission.reason,
          form,
          networks: await networksOf(c),
        },
        422,
      );
    const parsed = EditForm.safeParse(values);
    if (!parsed.success) return show({ values, errors: errorsOf(c, parsed.error) });
    try {
      await resubmitOwn(c.get("deps"), actor, practice.id, parsed.data);
    } catch (err) {
      return show(withServiceErrors(c, { values, errors: {} }, err));
    }
    return redirectWithFlash(c, "/practices/new", { kind: "success", key: "practices.edit.sent" });
  });

  return r;
}
