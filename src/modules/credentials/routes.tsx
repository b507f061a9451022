// The id-based URLs signed into every credential (issue 18, item 2; decision 0062). Pages for
// browsers; the JSON-LD for whoever asks for it (`Accept`), with `Vary: Accept` on both answers. The
// render cache only answers and stores requests preferring HTML (platform/http/accept.ts), so a
// JSON request never gets a cached page, and a JSON answer is never stored.
import { Hono } from "hono";
import { prefersHtml } from "../../platform/http/accept.ts";
import { bodyLimit } from "../../platform/http/body-limit.ts";
import type { AppEnv, Ctx } from "../../platform/http/context.ts";
import { formBody } from "../../platform/http/forms.ts";
import { emptyForm } from "../../platform/ui/components.tsx";
import {
  achievementPage,
  credentialErased,
  credentialJson,
  credentialPage,
  issuerIdOfNetwork,
  issuerPage,
  statusListDocument,
} from "./pages.service.ts";
import { checkCredentialText, MAX_CREDENTIAL_BYTES } from "./verify.service.ts";
import { achievementView, credentialView, issuerView, notFoundView, withdrawnView } from "./views/pages.tsx";

/** A credential withdrawn with its holder's account, for clients asking for JSON (RFC 9457). */
const GONE = {
  type: "about:blank",
  title: "Gone",
  status: 410,
  detail: "This credential is no longer available: its holder deleted their account. It is revoked.",
};

import { verifyView } from "./views/verify.tsx";
import "./messages.ts";

const ID = "{[0-9a-fA-F-]{36}}";
export const VC_TYPE = "application/vc+ld+json";
const LD_TYPE = "application/ld+json";

function json(c: Ctx, body: string, type: string, cache: string) {
  c.header("Vary", "Accept");
  c.header("Cache-Control", cache);
  c.header("Access-Control-Allow-Origin", "*");
  return c.body(body, 200, { "Content-Type": `${type}; charset=utf-8` });
}

const wantsHtml = (c: Ctx) => prefersHtml(c.req.header("accept"));

export function credentialRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/credentials/verify", (c) => verifyView(c, { form: emptyForm() }));

  // The frame refuses bodies over twice the credential limit with its own 413 page; between the
  // two, this page says the file is over 1 MB (413 too), on the same form.
  r.post("/credentials/verify", bodyLimit(2 * MAX_CREDENTIAL_BYTES), async (c) => {
    const t = c.get("t");
    const body = await formBody(c);
    const file = body.file instanceof File && body.file.size > 0 ? body.file : undefined;
    const pasted = typeof body.json === "string" ? body.json.trim() : "";
    const field = file ? "file" : "json";
    // What was pasted comes back in the form, unless it is too long to be worth echoing.
    const form = emptyForm({ json: pasted.length <= 64 * 1024 ? pasted : "" });
    if (!file && !pasted) {
      form.errors.file = t("credentials.verify.error.empty");
      return verifyView(c, { form }, 422);
    }
    if ((file?.size ?? 0) > MAX_CREDENTIAL_BYTES) {
      form.errors.file = t("credentials.verify.error.tooLarge");
      return verifyView(c, { form }, 413);
    }
    const checked = await checkCredentialText(c.get("deps"), file ? await file.text() : pasted);
    if (checked.outcome !== "checked") {
      form.errors[field] = t(
        checked.outcome === "too-large"
          ? "credentials.verify.error.tooLarge"
          : "credentials.verify.error.notJson",
      );
      return verifyView(c, { form }, checked.outcome === "too-large" ? 413 : 422);
    }
    return verifyView(c, { form, result: checked.result });
  });

  r.get(`/issuers/:id${ID}`, async (c) => {
    const found = await issuerPage(c.get("deps"), c.req.param("id"));
    if (!wantsHtml(c)) {
      if (!found) return c.json({ title: "Not found" }, 404, { Vary: "Accept" });
      return json(c, JSON.stringify(found.document), LD_TYPE, "public, max-age=300");
    }
    c.header("Vary", "Accept");
    return found ? issuerView(c, found) : notFoundView(c, "issuer");
  });

  // The address people can guess; the id-based one is what credentials carry (see above).
  r.get("/networks/:slug/issuer", async (c) => {
    const id = await issuerIdOfNetwork(c.get("deps"), c.req.param("slug"));
    return id ? c.redirect(`/issuers/${id}`, 303) : notFoundView(c, "issuer");
  });

  r.get(`/achievements/:id${ID}`, async (c) => {
    const found = await achievementPage(c.get("deps"), c.req.param("id"));
    return found ? achievementView(c, found) : notFoundView(c, "achievement");
  });

  // A status list is only JSON: what a verifier reads to learn whether a credential is revoked. A
  // minute of caching bounds how late a revocation shows elsewhere.
  r.get(`/status-lists/:id${ID}`, async (c) => {
    const doc = await statusListDocument(c.get("deps"), c.req.param("id"));
    if (!doc) return c.json({ title: "Not found" }, 404);
    return json(c, doc, VC_TYPE, "public, max-age=60");
  });

  // First: the page's route below would not take "credential.json", but order keeps it plain.
  r.get(`/credentials/:id${ID}/credential.json`, async (c) => {
    if (await credentialErased(c.get("deps"), c.req.param("id"))) return c.json(GONE, 410);
    const doc = await credentialJson(c.get("deps"), c.req.param("id"));
    if (!doc) return c.json({ title: "Not found" }, 404);
    c.header("Content-Disposition", `attachment; filename="credential-${c.req.param("id")}.json"`);
    return json(c, doc, VC_TYPE, "private, no-store");
  });

  r.get(`/credentials/:id${ID}`, async (c) => {
    const deps = c.get("deps");
    const id = c.req.param("id");
    const erased = await credentialErased(deps, id);
    if (!wantsHtml(c)) {
      if (erased) return c.json(GONE, 410, { Vary: "Accept" });
      const doc = await credentialJson(deps, id);
      if (!doc) return c.json({ title: "Not found" }, 404, { Vary: "Accept" });
      return json(c, doc, VC_TYPE, "private, no-store");
    }
    c.header("Vary", "Accept");
    // Open to whoever has the link, in no search engine's index.
    c.header("X-Robots-Tag", "noindex");
    if (erased) return withdrawnView(c);
    const found = await credentialPage(deps, id);
    return found ? credentialView(c, found) : notFoundView(c, "credential");
  });

  return r;
}
