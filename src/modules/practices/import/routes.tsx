// The coordinators' upload page for the bulk import: `/networks/:slug/practices/import`. The same
// service as `npx bottega import practices`; the report (imported, refused records with their number,
// line and reason) is shown on the page.
import { Hono } from "hono";
import type { AppEnv } from "../../../platform/http/context.ts";
import { authorize, requireActor, type With } from "../../../platform/http/guards.ts";
import { emptyForm } from "../../../platform/ui/components.tsx";
import { networkOfSlug, networkRefusal } from "../../identity/index.ts";
import { can } from "../policy.ts";
import { importPage } from "./page.tsx";
import { importPractices } from "./service.ts";

/** Signed in, allowed to import into the network of the path (403 for its members, else 404). */
const importing = [
  requireActor(),
  networkOfSlug(),
  authorize(
    can,
    "import",
    (c: With<{ network: { id: string } }>) => ({ networkId: c.get("network").id }),
    networkRefusal,
  ),
] as const;

export function importRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/networks/:slug/practices/import", ...importing, async (c) =>
    importPage(c, { network: c.get("network"), form: emptyForm() }),
  );

  r.post("/networks/:slug/practices/import", ...importing, async (c) => {
    const { actor, network } = c.var;
    const body = await c.req.parseBody();
    const file = body.file;
    const draft = body.draft === "on";
    const values = { draft: draft ? "on" : "" };
    const t = c.get("t");
    if (!(file instanceof File) || file.size === 0)
      return importPage(c, { network, form: { values, errors: { file: t("import.noFile") } } }, 422);
    const report = await importPractices(c.get("deps"), {
      networkId: network.id,
      bytes: new Uint8Array(await file.arrayBuffer()),
      draft,
      createdBy: actor.id,
    });
    if (report.fatal)
      return importPage(
        c,
        { network, form: { values, errors: { file: t(report.fatal.key, report.fatal.params) } } },
        422,
      );
    return importPage(c, { network, form: { values, errors: {} }, report, draft });
  });

  return r;
}
