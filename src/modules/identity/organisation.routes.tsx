// Organisation pages: the public list and profiles, creating and editing a profile, requests to join,
// the PA flag; and /files/<key> for uploaded images. Thin handlers: validate → authorise → service → render.
import { Hono } from "hono";
import { AppError, forbidden, notFound } from "../../platform/errors.ts";
import type { AppEnv, Ctx } from "../../platform/http/context.ts";
import { validateForm } from "../../platform/http/forms.ts";
import { authorize, load, requireActor, type With } from "../../platform/http/guards.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { answerNetworkRequest } from "./members.service.ts";
import { OrganisationEditForm, OrganisationFilter, OrganisationForm } from "./organisations.schema.ts";
import {
  createOrganisation,
  decideJoinRequest,
  JoinError,
  membershipOf,
  networkRequests,
  type Organisation,
  organisationBySlug,
  organisationCountries,
  organisationList,
  organisationMembers,
  requestToJoin,
  setPaFlag,
  updateOrganisationProfile,
} from "./organisations.service.ts";
import { can, identityPolicy } from "./policy.ts";
import { safeNext } from "./schema.ts";
import { pageParam } from "./views/identity-shared.tsx";
import { organisationFormPage } from "./views/organisation-form.tsx";
import { organisationPage } from "./views/organisation-page.tsx";
import { organisationsListPage } from "./views/organisations-list.tsx";

const PAGE_SIZE = 25;

const FILE_KEY = /^logos\/[a-z0-9-]+\.(png|jpg|webp|gif)$/;

/** Guard: the organisation of the path's `:slug`, set as `org` (404 for a slug none has). */
const orgOfPath = load("org", (c) => organisationBySlug(c.get("deps"), c.req.param("slug") ?? ""));

/** Signed in and allowed to create an organisation (a 403 otherwise: the form is no secret). */
const creatingOrg = [
  requireActor(),
  authorize(
    identityPolicy,
    "create-organisation",
    () => undefined,
    () => forbidden(),
  ),
] as const;

/** Signed in, the organisation of the path, and one of its managers (a 403 otherwise). */
const editingOrg = [
  requireActor(),
  orgOfPath,
  authorize(
    identityPolicy,
    "edit-organisation",
    (c: With<{ org: Organisation }>) => ({ organisationId: c.get("org").id }),
    () => forbidden(),
  ),
] as const;

/** Signed in and the organisation of the path; what they may do there, the service decides. */
const signedInAtOrg = [requireActor(), orgOfPath] as const;

async function showOrganisation(c: Ctx, org: Organisation) {
  const actor = c.get("actor");
  const networkIds = org.networks.map((n) => n.id);
  const canSeePeople = can(actor, {
    action: "view-organisation-members",
    organisationId: org.id,
    networkIds,
  });
  const canDecide = can(actor, { action: "confirm-organisation-member", organisationId: org.id });
  const canAnswer = can(actor, { action: "answer-network-request", organisationId: org.id });
  const people = canSeePeople || canDecide ? await organisationMembers(c.get("deps"), org.id) : null;
  const mine = actor ? people?.find((m) => m.id === actor.id) : undefined;
  let join: "can" | "pending" | "member" | "sign-in" | "none" = "none";
  if (!actor) join = "sign-in";
  else if (actor.organisations.some((o) => o.id === org.id)) join = "member";
  else if (mine?.status === "pending" || (await isPending(c, org.id, actor.id))) join = "pending";
  else if (can(actor, { action: "join-organisation", organisationId: org.id })) join = "can";
  return organisationPage(c, {
    org,
    people: canSeePeople || canDecide ? (people ?? []) : null,
    canEdit: can(actor, { action: "edit-organisation", organisationId: org.id }),
    canDecide,
    canSetPa: can(actor, { action: "set-pa-flag", organisationId: org.id }),
    networkRequests: canAnswer ? await networkRequests(c.get("deps"), org.id) : [],
    join,
  });
}

async function isPending(c: Ctx, organisationId: string, accountId: string) {
  return (await membershipOf(c.get("deps"), organisationId, accountId))?.status === "pending";
}

const formValues = (org: Organisation): Record<string, string> => ({
  name: org.name,
  type: org.type,
  country: org.country,
  city: org.city ?? "",
  website: org.website ?? "",
  description: org.description ?? "",
  logoAlt: org.logo_alt ?? "",
});

export function organisationRoutes() {
  const r = new Hono<AppEnv>();

  // Logos are public like the profile they belong to. (Profile photos have their own route.)
  r.get("/files/logos/:name", async (c) => {
    const key = `logos/${c.req.param("name")}`;
    if (!FILE_KEY.test(key)) throw notFound();
    const file = await c.get("deps").files.get(key);
    if (!file) throw notFound();
    c.header("Content-Type", file.contentType);
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Cache-Control", "public, max-age=86400");
    return c.body(new Uint8Array(file.bytes));
  });

  r.get("/organisations", async (c) => {
    const filter = OrganisationFilter.parse({
      type: c.req.query("type") || undefined,
      country: c.req.query("country") || undefined,
    });
    const page = pageParam(c);
    const deps = c.get("deps");
    const [{ items, total }, countries] = await Promise.all([
      organisationList(deps, filter, { page, limit: PAGE_SIZE }),
      organisationCountries(deps),
    ]);
    return organisationsListPage(c, {
      items,
      total,
      page,
      pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
      filter,
      countries,
      canCreate: can(c.get("actor"), { action: "create-organisation" }),
    });
  });

  r.get("/organisations/new", ...creatingOrg, async (c) => {
    return organisationFormPage(c, { values: { country: "IT" }, errors: {} }, null);
  });

  r.post("/organisations", ...creatingOrg, async (c) => {
    const actor = c.get("actor");
    const v = await validateForm(c, OrganisationForm);
    if (!v.ok) return organisationFormPage(c, v.form, null, 422);
    const { slug } = await createOrganisation(c.get("deps"), actor, v.data);
    return redirectWithFlash(c, `/organisations/${slug}`, { kind: "success", key: "identity.orgs.created" });
  });

  r.get("/organisations/:slug", async (c) =>
    showOrganisation(c, await organisationBySlug(c.get("deps"), c.req.param("slug"))),
  );

  r.get("/organisations/:slug/edit", ...editingOrg, async (c) => {
    const org = c.get("org");
    return organisationFormPage(c, { values: formValues(org), errors: {} }, org);
  });

  r.post("/organisations/:slug/edit", ...editingOrg, async (c) => {
    const actor = c.get("actor");
    const deps = c.get("deps");
    const org = c.get("org");
    const v = await validateForm(c, OrganisationEditForm);
    const t = c.get("t");
    const body = await c.req.parseBody();
    const file = body.logo instanceof File && body.logo.size > 0 ? body.logo : null;
    const form = v.form;
    const keepsLogo = (org.logo_key && form.values.removeLogo !== "on") || file;
    if (keepsLogo && !form.values.logoAlt?.trim()) form.errors.logoAlt ??= t("identity.orgs.logoAltRequired");
    if (!v.ok || Object.keys(form.errors).length) return organisationFormPage(c, form, org, 422);
    try {
      await updateOrganisationProfile(
        deps,
        actor,
        org,
        { ...v.data, removeLogo: v.data.removeLogo === "on" },
        file ? { bytes: new Uint8Array(await file.arrayBuffer()) } : null,
      );
    } catch (err) {
      // The file store's and the image pipeline's refusals (size, HEIC, not an image, damaged).
      if (err instanceof AppError && /^(files|images)\./.test(err.message)) {
        form.errors.logo = t(err.message);
        return organisationFormPage(c, form, org, err.status);
      }
      throw err;
    }
    return redirectWithFlash(c, `/organisations/${org.slug}`, {
      kind: "success",
      key: "identity.orgs.saved",
    });
  });

  r.post("/organisations/:slug/join", ...signedInAtOrg, async (c) => {
    const actor = c.get("actor");
    const org = c.get("org");
    try {
      await requestToJoin(c.get("deps"), actor, org);
    } catch (err) {
      if (!(err instanceof JoinError)) throw err;
      return redirectWithFlash(c, `/organisations/${org.slug}`, { kind: "info", key: err.message });
    }
    return redirectWithFlash(c, `/organisations/${org.slug}`, {
      kind: "success",
      key: "identity.orgs.joinRequested",
    });
  });

  for (const decision of ["confirm", "reject"] as const) {
    r.post(`/organisations/:slug/members/:accountId/${decision}`, ...signedInAtOrg, async (c) => {
      const actor = c.get("actor");
      const org = c.get("org");
      await decideJoinRequest(c.get("deps"), actor, org, c.req.param("accountId"), decision);
      return redirectWithFlash(c, `/organisations/${org.slug}`, {
        kind: "success",
        key: decision === "confirm" ? "identity.orgs.confirmed" : "identity.orgs.rejected",
      });
    });
  }

  // The manager's answer to a network that asked the organisation to join it.
  for (const answer of ["accept", "decline"] as const) {
    r.post(`/organisations/:slug/networks/:networkId/${answer}`, ...signedInAtOrg, async (c) => {
      const actor = c.get("actor");
      const org = c.get("org");
      await answerNetworkRequest(c.get("deps"), actor, org.id, c.req.param("networkId"), answer);
      return redirectWithFlash(c, `/organisations/${org.slug}`, {
        kind: "success",
        key: answer === "accept" ? "identity.orgs.networkAccepted" : "identity.orgs.networkDeclined",
      });
    });
  }

  r.post("/organisations/:slug/pa", ...signedInAtOrg, async (c) => {
    const actor = c.get("actor");
    const org = c.get("org");
    const body = await c.req.parseBody();
    if (body.isPa !== "true" && body.isPa !== "false") throw new AppError(422, "invalid", "form.invalid");
    await setPaFlag(c.get("deps"), actor, org, body.isPa === "true");
    const back = typeof body.back === "string" ? safeNext(body.back) : `/organisations/${org.slug}`;
    return redirectWithFlash(c, back, { kind: "success", key: "identity.orgs.paChanged" });
  });

  return r;
}
