// Templates saved in a network (templates.service.ts): "save as template" from a session's page, the
// network's list of saved templates, and deleting one. Plain forms that redirect; a refused name is
// shown again on the session's page, on the form it came from (422).
import { Hono } from "hono";
import { AppError } from "../../platform/errors.ts";
import type { AppEnv } from "../../platform/http/context.ts";
import { readForm } from "../../platform/http/forms.ts";
import { requireActor } from "../../platform/http/guards.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { networkOfSlug } from "../identity/index.ts";
import { idParam, inNetwork, sessionOfPath } from "./guards.ts";
import { can } from "./policy.ts";
import { showBoard } from "./routes.tsx";
import { TemplateForm } from "./schema.ts";
import { networkTemplates, removeTemplate, saveTemplate } from "./templates.service.ts";
import { SAVE_TEMPLATE_FORM } from "./views/save-template.tsx";
import { templatesPage } from "./views/templates-page.tsx";
import "./messages.templates.ts";

export function templateRoutes() {
  const r = new Hono<AppEnv>();

  r.post("/boards/:id/templates", requireActor(), sessionOfPath, async (c) => {
    const actor = c.get("actor");
    const access = c.get("access");
    const id = access.session.id;
    const deps = c.get("deps");
    const fields = await readForm(c);
    const refuse = (key: string) =>
      showBoard(c, id, { key, formId: SAVE_TEMPLATE_FORM, values: { name: fields.name ?? "" } }, 422);
    const v = TemplateForm.safeParse(fields);
    if (!v.success) return refuse(v.error.issues[0]?.message ?? "boards.templates.nameRequired");
    try {
      await saveTemplate(deps, actor, access, v.data.name);
    } catch (err) {
      if (err instanceof AppError && err.status === 422 && err.fieldErrors[0])
        return refuse(err.fieldErrors[0].message);
      throw err;
    }
    return redirectWithFlash(c, `/boards/${id}`, { kind: "success", key: "boards.templates.saved" });
  });

  // For those who may create sessions in the network (and so use its templates).
  r.get("/networks/:slug/boards/templates", ...inNetwork("use-templates"), async (c) => {
    const actor = c.get("actor");
    const network = c.get("network");
    const templates = await networkTemplates(c.get("deps"), network.id);
    return templatesPage(
      c,
      network,
      templates.map((tpl) => ({ ...tpl, canDelete: can(actor, "delete-template", tpl) })),
    );
  });

  // The saver may delete their template even if they no longer create sessions here (the service asks).
  r.post("/networks/:slug/boards/templates/:id/delete", requireActor(), networkOfSlug(), async (c) => {
    const network = c.get("network");
    await removeTemplate(c.get("deps"), c.get("actor"), network.id, idParam(c));
    return redirectWithFlash(c, `/networks/${network.slug}/boards/templates`, {
      kind: "success",
      key: "boards.templates.deleted",
    });
  });

  return r;
}
