// /account/tokens: the person's personal access tokens, a form to make one (its value shown once),
// and a revoke button per token.
import { Hono } from "hono";
import { AppError } from "../../platform/errors.ts";
import type { AppEnv, Ctx } from "../../platform/http/context.ts";
import { validateForm } from "../../platform/http/forms.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { emptyForm, type FormState } from "../../platform/ui/components.tsx";
import { TokenForm } from "./tokens.schema.ts";
import { type CreatedToken, createApiToken, listApiTokens, revokeApiToken } from "./tokens.service.ts";
import { tokensPage } from "./views/account-tokens.tsx";

const me = (c: Ctx) => c.get("actor")!.id;

const NEW_TOKEN = { days: "90" };

async function showTokens(
  c: Ctx,
  form: FormState = emptyForm(NEW_TOKEN),
  created?: CreatedToken & { name: string },
  status = 200,
) {
  const tokens = await listApiTokens(c.get("deps"), me(c));
  return tokensPage(c, tokens, form, created, status);
}

export function tokenRoutes() {
  const r = new Hono<AppEnv>();

  r.use("/account/tokens", signedIn);
  r.use("/account/tokens/*", signedIn);

  r.get("/account/tokens", (c) => showTokens(c));

  r.post("/account/tokens", async (c) => {
    const v = await validateForm(c, TokenForm);
    if (!v.ok) return showTokens(c, v.form, undefined, 422);
    const created = await createApiToken(c.get("deps"), me(c), v.data);
    // Shown in this response only; it is stored as a hash and cannot be shown again.
    return showTokens(c, emptyForm(NEW_TOKEN), { ...created, name: v.data.name }, 201);
  });

  r.post("/account/tokens/:id/revoke", async (c) => {
    const id = c.req.param("id");
    const ok = /^[0-9a-f-]{36}$/i.test(id) && (await revokeApiToken(c.get("deps"), me(c), id));
    if (!ok) throw new AppError(404, "not-found", "errors.notFound");
    return redirectWithFlash(c, "/account/tokens", { kind: "success", key: "identity.tokens.revoked" });
  });

  return r;
}

async function signedIn(c: Ctx, next: () => Promise<void>) {
  if (c.get("actor")) return next();
  return c.redirect(`/sign-in?next=${encodeURIComponent("/account/tokens")}`, 303);
}
