// GET rows of the authorisation matrix (test/authz-matrix.test.ts): instance pages, sign-in and account, organisations, networks, admin and the API's identity routes.
// Statuses in the order of ROLES there: anonymous, member, facilitator, communicator, coordinator,
// other network's coordinator, admin. 303 = sent to sign in; 403 = may see it but not do it;
// 404 = not visible (or does not exist).
import type { GetRow } from "./get-row.ts";

//                                                               anon  memb  faci  comm  coord other admin
export const identityGets: GetRow[] = [
  // Instance pages
  { route: "/", url: () => "/", expect: [200, 200, 200, 200, 200, 200, 200] },
  { route: "/accessibility", url: () => "/accessibility", expect: [200, 200, 200, 200, 200, 200, 200] },
  { route: "/privacy", url: () => "/privacy", expect: [200, 200, 200, 200, 200, 200, 200] },
  // Sign-in, sign-up and account (other helpers' routes, as they behave when this table was written).
  // A link page with a bad token is a 400 for everyone; signed-in people are sent away from sign-up.
  { route: "/sign-in", url: () => "/sign-in", expect: [200, 200, 200, 200, 200, 200, 200] },
  { route: "/sign-in/oidc", url: () => "/sign-in/oidc", expect: [404, 404, 404, 404, 404, 404, 404] },
  {
    route: "/sign-in/oidc/link",
    url: () => "/sign-in/oidc/link?token=x",
    expect: [404, 404, 404, 404, 404, 404, 404],
  },
  {
    route: "/sign-in/oidc/callback",
    url: () => "/sign-in/oidc/callback",
    expect: [404, 404, 404, 404, 404, 404, 404],
  },
  { route: "/sign-up", url: () => "/sign-up", expect: [200, 303, 303, 303, 303, 303, 303] },
  {
    route: "/verify-email",
    url: () => "/verify-email?token=nope",
    expect: [400, 400, 400, 400, 400, 400, 400],
  },
  {
    route: "/verify-email/resend",
    url: () => "/verify-email/resend",
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  { route: "/password/forgot", url: () => "/password/forgot", expect: [200, 200, 200, 200, 200, 200, 200] },
  {
    route: "/password/reset",
    url: () => "/password/reset?token=nope",
    expect: [400, 400, 400, 400, 400, 400, 400],
  },
  { route: "/sign-in/link", url: () => "/sign-in/link", expect: [200, 200, 200, 200, 200, 200, 200] },
  {
    route: "/sign-in/link/open",
    url: () => "/sign-in/link/open?token=nope",
    expect: [400, 400, 400, 400, 400, 400, 400],
  },
  {
    route: "/account/email/confirm",
    url: () => "/account/email/confirm?token=nope",
    expect: [400, 400, 400, 400, 400, 400, 400],
  },
  { route: "/account", url: () => "/account", expect: [303, 200, 200, 200, 200, 200, 200] },
  { route: "/account/password", url: () => "/account/password", expect: [303, 200, 200, 200, 200, 200, 200] },
  { route: "/account/email", url: () => "/account/email", expect: [303, 200, 200, 200, 200, 200, 200] },
  { route: "/account/tokens", url: () => "/account/tokens", expect: [303, 200, 200, 200, 200, 200, 200] },
  {
    route: "/files/photos/:name{[0-9a-f-]+\\.(png|jpg|webp|gif)}",
    url: () => "/files/photos/0000-missing.png",
    expect: [404, 404, 404, 404, 404, 404, 404],
  },
  // Organisations
  {
    route: "/files/logos/:name",
    url: (f) => `/files/${f.logoKey}`,
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  { route: "/organisations", url: () => "/organisations", expect: [200, 200, 200, 200, 200, 200, 200] },
  {
    route: "/organisations/new",
    url: () => "/organisations/new",
    expect: [303, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/organisations/:slug",
    url: (f) => `/organisations/${f.orgSlug}`,
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/organisations/:slug/edit",
    url: (f) => `/organisations/${f.orgSlug}/edit`,
    expect: [303, 403, 403, 403, 403, 403, 200],
  },
  // Networks
  { route: "/networks", url: () => "/networks", expect: [200, 200, 200, 200, 200, 200, 200] },
  {
    route: "/networks/:slug",
    url: (f) => `/networks/${f.netSlug}`,
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/networks/:slug/manage",
    url: (f) => `/networks/${f.netSlug}/manage`,
    expect: [303, 403, 403, 403, 200, 404, 200],
  },
  {
    route: "/networks/:slug/audit",
    url: (f) => `/networks/${f.netSlug}/audit`,
    expect: [303, 403, 403, 403, 200, 404, 200],
  },
  {
    route: "/invitations/:token",
    url: (f) => `/invitations/${f.invitationToken}`,
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  // Admin
  { route: "/admin", url: () => "/admin", expect: [303, 403, 403, 403, 403, 403, 200] },
  { route: "/admin/audit", url: () => "/admin/audit", expect: [303, 403, 403, 403, 403, 403, 200] },
  // API (Bearer tokens; anonymous sends none)
  {
    route: "/api/v1/openapi.json",
    url: () => "/api/v1/openapi.json",
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  { route: "/api/v1/me", url: () => "/api/v1/me", expect: [401, 200, 200, 200, 200, 200, 200] },
  {
    route: "/api/v1/me/notifications",
    url: () => "/api/v1/me/notifications",
    expect: [401, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/api/v1/organisations",
    url: () => "/api/v1/organisations",
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/api/v1/organisations/:id",
    url: (f) => `/api/v1/organisations/${f.orgId}`,
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  { route: "/api/v1/networks", url: () => "/api/v1/networks", expect: [200, 200, 200, 200, 200, 200, 200] },
  {
    route: "/api/v1/networks/:id",
    url: (f) => `/api/v1/networks/${f.netId}`,
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "/api/v1/networks/:id/invitations/:invitationId",
    url: (f) => `/api/v1/networks/${f.netId}/invitations/${f.invitationId}`,
    expect: [401, 403, 403, 403, 200, 403, 200],
  },
  { route: "/api/v1/practices", url: () => "/api/v1/practices", expect: [200, 200, 200, 200, 200, 200, 200] },
  {
    route: "/api/v1/practices/:id",
    url: (f) => `/api/v1/practices/${f.practiceId}`, // visible to the network's members only
    expect: [404, 200, 200, 200, 200, 404, 200],
  },
];
