// The coordinators' upload page for the bulk import: `/networks/:slug/practices/import`. The same
// service as `npx bottega import practices`; the report (imported, refused records with their number,
// line and reason) is shown on the page.
import { Hono } from "hono";
import type { AppEnv, Ctx } from "../../platform/http/context.ts";
import { emptyForm } from "../../platform/ui/components.tsx";
import { type Actor, hasRole, networkBySlug, refuseInNetwork, toSignIn } from "../identity/index.ts";
import { importPage } from "./import.page.tsx";
import { importPractices } from "./import.service.ts";

const canImport = (actor: Actor, networkId: string) =>
  actor.isAdmin || hasRole(actor, networkId, "coordinator");

async function importable(c: Ctx) {
  const actor = c.get("actor");
  if (!actor) return null;
  const network = await networkBySlug(c.get("deps"), c.req.param("slug") ?? "");
  if (!canImport(actor, network.id)) throw refuseInNetwork(actor, network.id);
  return { actor, network };
}

export function importRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/networks/:slug/practices/import", async (c) => {
    const ok = await importable(c);
    if (!ok) return toSignIn(c);
    return importPage(c, { network: ok.network, form: emptyForm() });
  });

  r.post("/networks/:slug/practices/import", async (c) => {
    const ok = await importable(c);
    if (!ok) return toSignIn(c);
    const body = await c.req.parseBody();
    const file = body.file;
    const draft = body.draft === "on";
    const values = { draft: draft ? "on" : "" };
    const t = c.get("t");
    if (!(file instanceof File) || file.size === 0)
      return importPage(
        c,
        { network: ok.network, form: { values, errors: { file: t("import.noFile") } } },
        422,
      );
    const report = await importPractices(c.get("deps"), {
      networkId: ok.network.id,
      bytes: new Uint8Array(await file.arrayBuffer()),
      draft,
      createdBy: ok.actor.id,
    });
    if (report.fatal)
      return importPage(
        c,
        { network: ok.network, form: { values, errors: { file: t(report.fatal.key, report.fatal.params) } } },
        422,
      );
    return importPage(c, { network: ok.network, form: { values, errors: {} }, report, draft });
  });

  return r;
}
