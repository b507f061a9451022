// A published practice's edit page and history, for who moderates it (coordinators of its network,
// admins): GET/POST /practices/:slug/edit and GET /practices/:slug/history. Thin: validate → the
// service (which authorises: 404 for who may not see the practice, 403 for who may) → render. A save
// refused because someone else saved meanwhile answers 409 with both texts (catalogue/versions.service.ts).
import { Hono } from "hono";
import type { AppEnv } from "../../../platform/http/context.ts";
import { requireActor } from "../../../platform/http/guards.ts";
import { redirectWithFlash } from "../../../platform/http/middleware.ts";
import { emptyForm } from "../../../platform/ui/components.tsx";
import { can } from "../policy.ts";
import { editPublishedPage, editValues } from "../views/edit-published.tsx";
import { historyPage } from "../views/history.tsx";
import { errorsOf, readPosted, withServiceErrors } from "../workflow/http.ts";
import { PublishedEditForm } from "./versions.schema.ts";
import {
  editablePractice,
  editPublished,
  PracticeEditConflict,
  practiceHistory,
} from "./versions.service.ts";
import "./versions.messages.ts";

/** Paths under /practices whose second segment is not a practice's slug (the mailed edit link's page). */
const RESERVED = new Set(["submissions", "moderation", "new", "drafts", "mine"]);

export function versionRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/practices/:slug/edit", requireActor(), async (c, next) => {
    if (RESERVED.has(c.req.param("slug"))) return next();
    const practice = await editablePractice(c.get("deps"), c.get("actor"), c.req.param("slug"));
    return editPublishedPage(c, { practice, form: emptyForm(editValues(practice)) });
  });

  r.post("/practices/:slug/edit", requireActor(), async (c, next) => {
    if (RESERVED.has(c.req.param("slug"))) return next();
    const deps = c.get("deps");
    const actor = c.get("actor");
    const practice = await editablePractice(deps, actor, c.req.param("slug"));
    const values = await readPosted(c);
    const parsed = PublishedEditForm.safeParse(values);
    if (!parsed.success)
      return editPublishedPage(c, { practice, form: { values, errors: errorsOf(c, parsed.error) } }, 422);
    const { reason, baseVersion, ...texts } = parsed.data;
    try {
      await editPublished(deps, actor, practice, { texts, reason, baseVersion });
    } catch (err) {
      if (err instanceof PracticeEditConflict)
        // The person's text stays in the form, which now carries the version saved meanwhile: saving
        // again is a choice made after reading both.
        return editPublishedPage(
          c,
          {
            practice,
            form: emptyForm({ ...values, baseVersion: String(err.current.version) }),
            conflict: { texts: err.current.texts, published: err.current.published },
          },
          409,
        );
      return editPublishedPage(c, { practice, form: withServiceErrors(c, { values, errors: {} }, err) }, 422);
    }
    return redirectWithFlash(c, `/practices/${practice.slug}/history`, {
      kind: "success",
      key: "practices.versions.saved",
    });
  });

  r.get("/practices/:slug/history", requireActor(), async (c, next) => {
    if (RESERVED.has(c.req.param("slug"))) return next();
    const actor = c.get("actor");
    const h = await practiceHistory(c.get("deps"), actor, c.req.param("slug"));
    const canEdit = h.practice.status === "published" && can(actor, "edit-published", h.practice);
    return historyPage(c, { ...h, canEdit });
  });

  return r;
}
