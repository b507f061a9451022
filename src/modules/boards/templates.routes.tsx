// Templates saved in a network (templates.service.ts): "save as template" from a session's page, the
// network's list of saved templates, and deleting one. Plain forms that redirect; a refused name is
// shown again on the session's page, on the form it came from (422).
import { Hono } from "hono";
import { AppError, notFound } from "../../platform/errors.ts";
import type { AppEnv, Ctx } from "../../platform/http/context.ts";
import { readForm } from "../../platform/http/forms.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { networkBySlug, refuseInNetwork, toSignIn } from "../identity/index.ts";
import { accessSession } from "./boards.service.ts";
import { can } from "./policy.ts";
import { showBoard } from "./routes.tsx";
import { TemplateForm } from "./schema.ts";
import { networkTemplates, removeTemplate, saveTemplate } from "./templates.service.ts";
import { SAVE_TEMPLATE_FORM } from "./views/save-template.tsx";
import { templatesPage } from "./views/templates-page.tsx";
import "./messages.templates.ts";
import { isUuid } from "../../platform/ids.ts";

const idParam = (c: Ctx, name: string) => {
  const id = c.req.param(name) ?? "";
  if (!isUuid(id)) throw notFound();
  return id;
};

/** The network, for someone who may create sessions in it (and so use its templates). */
async function creatorsNetwork(c: Ctx) {
  const actor = c.get("actor")!;
  const network = await networkBySlug(c.get("deps"), c.req.param("slug") ?? "");
  if (!can(actor, "use-templates", { networkId: network.id })) throw refuseInNetwork(actor, network.id);
  return network;
}

export function templateRoutes() {
  const r = new Hono<AppEnv>();

  r.post("/boards/:id/templates", async (c) => {
    const actor = c.get("actor");
    if (!actor) return toSignIn(c);
    const id = idParam(c, "id");
    const deps = c.get("deps");
    const access = await accessSession(deps, { actor }, id);
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

  r.get("/networks/:slug/boards/templates", async (c) => {
    const actor = c.get("actor");
    if (!actor) return toSignIn(c);
    const network = await creatorsNetwork(c);
    const templates = await networkTemplates(c.get("deps"), network.id);
    return templatesPage(
      c,
      network,
      templates.map((tpl) => ({ ...tpl, canDelete: can(actor, "delete-template", tpl) })),
    );
  });

  r.post("/networks/:slug/boards/templates/:id/delete", async (c) => {
    const actor = c.get("actor");
    if (!actor) return toSignIn(c);
    const id = idParam(c, "id");
    const network = await networkBySlug(c.get("deps"), c.req.param("slug"));
    // The saver may delete their template even if they no longer create sessions here.
    await removeTemplate(c.get("deps"), actor, network.id, id);
    return redirectWithFlash(c, `/networks/${network.slug}/boards/templates`, {
      kind: "success",
      key: "boards.templates.deleted",
    });
  });

  return r;
}
