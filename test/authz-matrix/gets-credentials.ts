// GET rows of the authorisation matrix (test/authz-matrix.test.ts): credentials' id-based URLs.
// Statuses in the order of ROLES there: anonymous, member, facilitator, communicator, coordinator,
// other network's coordinator, admin. Everything here is open to whoever has the URL: the URLs are
// signed into credentials, and a verifier must reach them (a credential's page is listed nowhere).
import type { GetRow } from "./get-row.ts";

const ID = "{[0-9a-fA-F-]{36}}";
const all = [200, 200, 200, 200, 200, 200, 200] as GetRow["expect"];

//                                                               anon  memb  faci  comm  coord other admin
export const credentialsGets: GetRow[] = [
  { route: "/credentials/verify", url: () => "/credentials/verify", expect: all },
  { route: `/issuers/:id${ID}`, url: (f) => `/issuers/${f.credentialIssuerId}`, expect: all },
  // The network's issuer once it has issued (the fixture network has), by its slug.
  {
    route: "/networks/:slug/issuer",
    url: (f) => `/networks/${f.netSlug}/issuer`,
    expect: [303, 303, 303, 303, 303, 303, 303],
  },
  { route: `/achievements/:id${ID}`, url: (f) => `/achievements/${f.credentialAchievementId}`, expect: all },
  { route: `/status-lists/:id${ID}`, url: (f) => `/status-lists/${f.credentialStatusListId}`, expect: all },
  { route: `/credentials/:id${ID}`, url: (f) => `/credentials/${f.credentialId}`, expect: all },
  {
    route: `/credentials/:id${ID}/credential.json`,
    url: (f) => `/credentials/${f.credentialId}/credential.json`,
    expect: all,
  },
];
