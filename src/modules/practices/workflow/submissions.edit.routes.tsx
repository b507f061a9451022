// Sending a report again after a moderator asked for changes: through the mailed signed link
// (anyone holding it) or, signed in, from "Your reports" on /practices/new. Files posted with the
// page are added to the practice at once.
import type { Hono } from "hono";
import { bodyLimit } from "../../../platform/http/body-limit.ts";
import type { AppEnv, Ctx } from "../../../platform/http/context.ts";
import { load, requireActor, type SignedIn, type With } from "../../../platform/http/guards.ts";
import { redirectWithFlash } from "../../../platform/http/middleware.ts";
import type { FormState } from "../../../platform/ui/components.tsx";
import type { Practice } from "../catalogue/service.ts";
import { mediaOf, storeMedia } from "../media/service.ts";
import { badLinkPage, editPage } from "../views-submit/edit.tsx";
import { errorsOf, readPosted, withServiceErrors } from "./http.ts";
import type { SubmissionRow } from "./repo.ts";
import { networksOf, storePosted, UPLOAD_BODY_BYTES, valuesOf } from "./submissions.http.ts";
import { type EditData, EditForm } from "./submissions.schema.ts";
import { checkEditLink, ownReportForChanges, resubmitOwn, resubmitWithLink } from "./submissions.service.ts";
import { statusUrl } from "./submissions.status.ts";
import "./messages.ts";

/** Signed in, and the report `:id` is theirs and waiting for changes (set as `report`; 404 otherwise). */
const ownReport = [
  requireActor(),
  load("report", (c: With<SignedIn>) =>
    ownReportForChanges(c.get("deps"), c.get("actor"), c.req.param("id") ?? ""),
  ),
] as const;

export function editRoutes(r: Hono<AppEnv>): void {
  r.get("/practices/submissions/edit", async (c) => {
    const token = c.req.query("token") ?? "";
    const link = await checkEditLink(c.get("deps"), token);
    if (!link.ok) return badLinkPage(c, link.problem);
    return showEdit(
      c,
      link,
      { action: "/practices/submissions/edit", token },
      {
        values: valuesOf(link.practice, link.submission.organisation_name),
        errors: {},
      },
    );
  });

  r.post("/practices/submissions/edit", bodyLimit(UPLOAD_BODY_BYTES), async (c) => {
    const deps = c.get("deps");
    const body = await readPosted(c);
    const token = body.token ?? "";
    const link = await checkEditLink(deps, token);
    if (!link.ok) return badLinkPage(c, link.problem);
    const values = { ...body };
    delete values.token;
    return editPost(c, link, { action: "/practices/submissions/edit", token }, values, async (data) => {
      await resubmitWithLink(deps, token, data);
      const ref = link.submission.reference;
      return redirectWithFlash(c, ref ? statusUrl(deps, ref, false) : "/practices/new/sent", {
        kind: "success",
        key: "practices.edit.sent",
      });
    });
  });

  // The same edit for a signed-in submitter, from "Your reports" on /practices/new.
  r.get("/practices/submissions/:id/edit", ...ownReport, async (c) => {
    const report = c.get("report");
    return showEdit(
      c,
      report,
      { action: `/practices/submissions/${report.practice.id}/edit` },
      {
        values: valuesOf(report.practice, report.submission.organisation_name),
        errors: {},
      },
    );
  });

  r.post("/practices/submissions/:id/edit", bodyLimit(UPLOAD_BODY_BYTES), ...ownReport, async (c) => {
    const actor = c.get("actor");
    const report = c.get("report");
    const values = await readPosted(c);
    const target = { action: `/practices/submissions/${report.practice.id}/edit` };
    return editPost(c, report, target, values, async (data) => {
      await resubmitOwn(c.get("deps"), actor, report.practice.id, data);
      return redirectWithFlash(c, "/practices/new", { kind: "success", key: "practices.edit.sent" });
    });
  });
}

type Report = { practice: Practice; submission: SubmissionRow };
type EditTarget = { action: string; token?: string };

async function showEdit(c: Ctx, r: Report, target: EditTarget, form: FormState, status = 200) {
  return editPage(
    c,
    {
      ...target,
      title: r.practice.title,
      reason: r.submission.reason,
      form,
      networks: await networksOf(c),
      files: await mediaOf(c.get("deps"), r.practice),
    },
    status,
  );
}

/**
 * A post of the edit page: its files are added to the practice at once (kept even if the text has a
 * problem), "Add the file" shows the page again, "Send again" checks the text and calls `send`.
 */
async function editPost(
  c: Ctx,
  r: Report,
  target: EditTarget,
  values: Record<string, string>,
  send: (data: EditData) => Promise<Response>,
): Promise<Response> {
  const deps = c.get("deps");
  const nav = values.nav;
  delete values.nav;
  const refused = await storePosted(c, values, async (u) => {
    await storeMedia(deps, r.practice, u, r.submission.submitter_account_id);
  });
  if (refused) return showEdit(c, r, target, { values, errors: refused.errors }, refused.status);
  if (nav === "upload") return showEdit(c, r, target, { values, errors: {} });
  const parsed = EditForm.safeParse(values);
  if (!parsed.success) return showEdit(c, r, target, { values, errors: errorsOf(c, parsed.error) }, 422);
  try {
    return await send(parsed.data);
  } catch (err) {
    return showEdit(c, r, target, withServiceErrors(c, { values, errors: {} }, err), 422);
  }
}
