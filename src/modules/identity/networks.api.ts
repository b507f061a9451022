// /api/v1 routes for organisations and networks (CONVENTIONS "HTTP API"): public lists and records,
// network people only for that network's members, and one write route — inviting to a network.
import { createRoute } from "@hono/zod-openapi";
import type { Deps } from "../../platform/deps.ts";
import { conflict, forbidden, invalid, unauthorized } from "../../platform/errors.ts";
import {
  jsonResponse,
  ListQuery,
  listEnvelope,
  type newApi,
  problemResponse,
  problemResponses,
  requireActor,
  z,
} from "../../platform/http/api.ts";
import { InvitationError } from "./invitations.core.ts";
import type { NetworkInvitation } from "./invitations.kind.ts";
import { invitationInNetwork, invite } from "./invitations.service.ts";
import { InviteForm } from "./networks.schema.ts";
import {
  listNetworks,
  memberOrganisations,
  networkById,
  networkByIdOrSlug,
  networkPeopleWithRoles,
} from "./networks.service.ts";
import { type Organisation, organisationById, organisationList } from "./organisations.service.ts";
import { can } from "./policy.ts";
import { NETWORK_ROLES, type NetworkRole, ORGANISATION_TYPES, type OrganisationType } from "./tables.ts";

const Ref = z.object({ id: z.uuid(), slug: z.string(), name: z.string(), url: z.url() });

const OrganisationSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    type: z.enum(ORGANISATION_TYPES as [OrganisationType, ...OrganisationType[]]),
    country: z.string().openapi({ description: "ISO 3166-1 alpha-2", example: "IT" }),
    city: z.string().nullable(),
    website: z.string().nullable(),
    description: z.string().nullable(),
    logo: z.object({ url: z.url(), alt: z.string() }).nullable(),
    isPublicAdministration: z.boolean(),
    networks: z.array(Ref),
    url: z.url(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi("Organisation");

const NetworkSummarySchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    organisationCount: z.number().int(),
    url: z.url(),
  })
  .openapi("NetworkSummary");

const NetworkSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    website: z.string().nullable(),
    url: z.url(),
    organisations: z.array(Ref.extend({ isPublicAdministration: z.boolean() })),
    members: z
      .array(
        z.object({
          id: z.uuid(),
          name: z.string(),
          roles: z.array(z.enum(NETWORK_ROLES as [NetworkRole, ...NetworkRole[]])),
        }),
      )
      .optional()
      .openapi({ description: "Present only for members of this network (and admins)" }),
    createdAt: z.iso.datetime(),
  })
  .openapi("Network");

const InvitationSchema = z
  .object({
    id: z.uuid(),
    networkId: z.uuid(),
    email: z.email(),
    role: z.enum(NETWORK_ROLES as [NetworkRole, ...NetworkRole[]]),
    status: z.enum(["pending", "accepted", "declined", "revoked"]),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
  })
  .openapi("Invitation");

const OrgListQuery = ListQuery.extend({
  type: z.enum(ORGANISATION_TYPES as [OrganisationType, ...OrganisationType[]]).optional(),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .optional()
    .openapi({ description: "ISO 3166-1 alpha-2" }),
  network: z.string().min(1).max(200).optional().openapi({ description: "A network's id or slug" }),
}).strict();

const IdParam = z.object({ id: z.string().openapi({ param: { name: "id", in: "path" } }) });
const InvitationParams = IdParam.extend({
  invitationId: z.string().openapi({ param: { name: "invitationId", in: "path" } }),
});

const routes = {
  orgs: createRoute({
    method: "get",
    path: "/organisations",
    summary: "Organisations, by name",
    request: { query: OrgListQuery },
    responses: {
      200: jsonResponse(listEnvelope(OrganisationSchema, "OrganisationList"), "A page of organisations"),
      ...problemResponses,
    },
  }),
  org: createRoute({
    method: "get",
    path: "/organisations/{id}",
    summary: "One organisation",
    request: { params: IdParam },
    responses: { 200: jsonResponse(OrganisationSchema, "The organisation"), ...problemResponses },
  }),
  networks: createRoute({
    method: "get",
    path: "/networks",
    summary: "Networks, by name",
    request: { query: ListQuery.strict() },
    responses: {
      200: jsonResponse(listEnvelope(NetworkSummarySchema, "NetworkList"), "A page of networks"),
      ...problemResponses,
    },
  }),
  network: createRoute({
    method: "get",
    path: "/networks/{id}",
    summary: "One network; its people and roles only for its members",
    request: { params: IdParam },
    responses: { 200: jsonResponse(NetworkSchema, "The network"), ...problemResponses },
  }),
  invite: createRoute({
    method: "post",
    path: "/networks/{id}/invitations",
    summary: "Invite someone to the network by email (coordinators and admins)",
    security: [{ bearer: [] }],
    request: {
      params: IdParam,
      body: {
        required: true,
        content: { "application/json": { schema: InviteForm.strict().openapi("NewInvitation") } },
      },
    },
    responses: {
      201: jsonResponse(InvitationSchema, "The invitation (the link is sent by email only)"),
      403: problemResponse("Not a coordinator of this network"),
      409: problemResponse("A pending invitation for this email exists"),
      ...problemResponses,
    },
  }),
  invitation: createRoute({
    method: "get",
    path: "/networks/{id}/invitations/{invitationId}",
    summary: "One invitation of the network (coordinators and admins)",
    security: [{ bearer: [] }],
    request: { params: InvitationParams },
    responses: {
      200: jsonResponse(InvitationSchema, "The invitation"),
      403: problemResponse("Not a coordinator"),
      ...problemResponses,
    },
  }),
};

const iso = (d: Date) => d.toISOString();

export function registerNetworkApiRoutes(api: ReturnType<typeof newApi>, deps: Deps) {
  const base = deps.config.baseUrl;
  const pageUrl = (kind: "organisations" | "networks", slug: string) => `${base}/${kind}/${slug}`;
  const ref = (kind: "organisations" | "networks", r: { id: string; slug: string; name: string }) => ({
    id: r.id,
    slug: r.slug,
    name: r.name,
    url: pageUrl(kind, r.slug),
  });
  const organisationJson = (o: Organisation) => ({
    id: o.id,
    slug: o.slug,
    name: o.name,
    type: o.type,
    country: o.country,
    city: o.city,
    website: o.website,
    description: o.description,
    logo: o.logo_key ? { url: `${base}/files/${o.logo_key}`, alt: o.logo_alt ?? "" } : null,
    isPublicAdministration: o.is_pa,
    networks: o.networks.map((n) => ref("networks", n)),
    url: pageUrl("organisations", o.slug),
    createdAt: iso(o.created_at),
    updatedAt: iso(o.updated_at),
  });
  const invitationJson = (i: NetworkInvitation) => ({
    id: i.id,
    networkId: i.networkId,
    email: i.email,
    role: i.role,
    status: i.status,
    createdAt: iso(i.createdAt),
    expiresAt: iso(i.expiresAt),
  });

  api.openapi(routes.orgs, async (c) => {
    const q = c.req.valid("query");
    let networkId: string | undefined;
    if (q.network) {
      const n = await networkByIdOrSlug(deps, q.network);
      // An unknown network filters to nothing rather than erroring: the list is simply empty.
      networkId = n?.id ?? "00000000-0000-0000-0000-000000000000";
    }
    const { items, total } = await organisationList(
      deps,
      { type: q.type, country: q.country?.toUpperCase(), networkId },
      { page: q.page, limit: q.limit },
    );
    return c.json({ items: items.map(organisationJson), total, page: q.page, limit: q.limit }, 200);
  });

  api.openapi(routes.org, async (c) =>
    c.json(organisationJson(await organisationById(deps, c.req.valid("param").id)), 200),
  );

  api.openapi(routes.networks, async (c) => {
    const q = c.req.valid("query");
    const all = await listNetworks(deps);
    const items = all.slice((q.page - 1) * q.limit, q.page * q.limit).map((n) => ({
      id: n.id,
      slug: n.slug,
      name: n.name,
      description: n.description,
      organisationCount: n.organisationCount,
      url: pageUrl("networks", n.slug),
    }));
    return c.json({ items, total: all.length, page: q.page, limit: q.limit }, 200);
  });

  api.openapi(routes.network, async (c) => {
    const n = await networkById(deps, c.req.valid("param").id);
    const actor = c.get("actor");
    const seesPeople = can(actor, { action: "view-members", networkId: n.id });
    const [orgs, people] = await Promise.all([
      memberOrganisations(deps, n.id),
      seesPeople ? networkPeopleWithRoles(deps, n.id) : Promise.resolve(null),
    ]);
    return c.json(
      {
        id: n.id,
        slug: n.slug,
        name: n.name,
        description: n.description,
        website: n.website,
        url: pageUrl("networks", n.slug),
        organisations: orgs.map((o) => ({ ...ref("organisations", o), isPublicAdministration: o.is_pa })),
        ...(people ? { members: people } : {}),
        createdAt: iso(n.created_at),
      },
      200,
    );
  });

  api.openapi(routes.invite, async (c) => {
    // Writes need a token: the API skips CSRF checks, so a browser session cookie is not enough here.
    if (!c.req.header("authorization")) throw unauthorized("A Bearer token is required.");
    const actor = requireActor(c.get("actor"));
    const n = await networkById(deps, c.req.valid("param").id);
    if (!can(actor, { action: "invite", networkId: n.id }))
      throw forbidden("Only the network's coordinators can invite.");
    const body = c.req.valid("json");
    try {
      const { invitation } = await invite(deps, actor, n, body, actor.language === "en" ? "en" : "it");
      c.header("Location", `${base}/api/v1/networks/${n.id}/invitations/${invitation.id}`);
      return c.json(invitationJson(invitation), 201);
    } catch (err) {
      if (err instanceof InvitationError && err.status === 409) {
        throw conflict("A pending invitation for this email already exists.", "duplicate-invitation");
      }
      if (err instanceof InvitationError) throw invalid([], err.message);
      throw err;
    }
  });

  api.openapi(routes.invitation, async (c) => {
    if (!c.req.header("authorization")) throw unauthorized("A Bearer token is required.");
    const actor = requireActor(c.get("actor"));
    const { id, invitationId } = c.req.valid("param");
    const n = await networkById(deps, id);
    if (!can(actor, { action: "invite", networkId: n.id })) throw forbidden();
    return c.json(invitationJson(await invitationInNetwork(deps, actor, n, invitationId)), 200);
  });
}
