// Platform administration: networks (create), accounts (admin flag), and the instance-wide audit log.
import { Hono } from "hono";
import { AppError, forbidden } from "../../platform/errors.ts";
import type { AppEnv, Ctx } from "../../platform/http/context.ts";
import { validateForm } from "../../platform/http/forms.ts";
import { authorize, requireActor } from "../../platform/http/guards.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { emptyForm, type FormState } from "../../platform/ui/components.tsx";
import { AdminError, accountsPage, changeAdminFlag } from "./admin.service.ts";
import { auditPage } from "./audit.service.ts";
import { NetworkForm } from "./networks.schema.ts";
import { createNetwork, listNetworks } from "./networks.service.ts";
import { identityPolicy } from "./policy.ts";
import { adminPage } from "./views/admin-page.tsx";
import { auditLogPage } from "./views/audit-page.tsx";
import { pageParam } from "./views/identity-shared.tsx";

async function showAdmin(c: Ctx, form: FormState = emptyForm(), status = 200, accountError?: string) {
  const deps = c.get("deps");
  const [networks, accounts] = await Promise.all([
    listNetworks(deps),
    accountsPage(deps, c.get("actor")!, pageParam(c)),
  ]);
  return adminPage(c, { networks, accounts, form, accountError }, status);
}

export function adminRoutes() {
  const r = new Hono<AppEnv>();

  // Every /admin page: sign in first, then admins only (a 403: that there is an admin area is no secret).
  const adminOnly = [
    requireActor(),
    authorize(
      identityPolicy,
      "admin",
      () => undefined,
      () => forbidden(),
    ),
  ] as const;
  r.use("/admin/*", ...adminOnly);
  r.use("/admin", ...adminOnly);

  r.get("/admin", (c) => showAdmin(c));

  r.post("/admin/networks", async (c) => {
    const v = await validateForm(c, NetworkForm);
    if (!v.ok) return showAdmin(c, v.form, 422);
    try {
      const { slug } = await createNetwork(c.get("deps"), c.get("actor")!, v.data);
      return redirectWithFlash(c, `/networks/${slug}`, {
        kind: "success",
        key: "identity.admin.networkCreated",
      });
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== "slug-taken") throw err;
      v.form.errors.slug = c.get("t")(err.message);
      return showAdmin(c, v.form, 409);
    }
  });

  r.post("/admin/accounts/:id/admin", async (c) => {
    const body = await c.req.parseBody();
    if (body.isAdmin !== "true" && body.isAdmin !== "false")
      throw new AppError(422, "invalid", "form.invalid");
    try {
      await changeAdminFlag(c.get("deps"), c.get("actor")!, c.req.param("id"), body.isAdmin === "true");
    } catch (err) {
      if (!(err instanceof AdminError)) throw err;
      return showAdmin(c, emptyForm(), err.status, c.get("t")(err.message));
    }
    return redirectWithFlash(c, "/admin", { kind: "success", key: "identity.admin.flagChanged" });
  });

  r.get("/admin/audit", async (c) => {
    const t = c.get("t");
    return auditLogPage(c, {
      data: await auditPage(c.get("deps"), {}, pageParam(c)),
      title: t("identity.audit.adminTitle"),
      breadcrumbs: [
        { href: "/admin", label: t("identity.admin.title") },
        { label: t("identity.audit.adminTitle") },
      ],
      showNetwork: true,
    });
  });

  return r;
}
