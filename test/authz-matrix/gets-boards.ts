// GET rows of the authorisation matrix (test/authz-matrix.test.ts): board sessions, templates, outcomes and the boards API.
// Statuses in the order of ROLES there: anonymous, member, facilitator, communicator, coordinator,
// other network's coordinator, admin. 303 = sent to sign in; 403 = may see it but not do it;
// 404 = not visible (or does not exist).
import type { GetRow } from "./get-row.ts";

//                                                               anon  memb  faci  comm  coord other admin
export const boardsGets: GetRow[] = [
  // Board sessions: one of the network's, made by a coordinator who is none of these people (so
  // nobody here has joined it): network members see it and may join; the join link is for anyone.
  {
    route: "/networks/:slug/boards",
    url: (f) => `/networks/${f.netSlug}/boards`,
    expect: [303, 200, 200, 200, 200, 404, 200],
  },
  {
    route: "/networks/:slug/boards/new",
    url: (f) => `/networks/${f.netSlug}/boards/new`,
    expect: [303, 403, 200, 403, 200, 404, 200],
  },
  // The network's saved session templates: for whoever may create sessions there.
  {
    route: "/networks/:slug/boards/templates",
    url: (f) => `/networks/${f.netSlug}/boards/templates`,
    expect: [303, 403, 200, 403, 200, 404, 200],
  },
  // "Sessioni partecipative" from the main navigation: the signed-in person's own networks.
  { route: "/boards", url: () => "/boards", expect: [303, 200, 200, 200, 200, 200, 200] },
  // Signed out, every /boards/:id page sends to sign-in first, whatever the session (boards'
  // guard.routes.ts): the redirect reveals nothing; after it, the session's own rules answer.
  { route: "/boards/:id", url: (f) => `/boards/${f.boardId}`, expect: [303, 200, 200, 200, 200, 404, 200] },
  // The board's earlier export links redirect to the session's files (summary.*), which decide.
  ...(["md", "csv"] as const).map(
    (x): GetRow => ({
      route: `/boards/:id/export.${x}`,
      url: (f) => `/boards/${f.boardId}/export.${x}`,
      expect: [303, 301, 301, 301, 301, 301, 301],
    }),
  ),
  // "Close the session?": only for its facilitators (nobody here has joined it).
  {
    route: "/boards/:id/close",
    url: (f) => `/boards/${f.boardId}/close`,
    expect: [303, 404, 404, 404, 404, 404, 404],
  },
  {
    route: "/boards/join/:code",
    url: (f) => `/boards/join/${f.boardCode}`,
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  // A session's outcomes (src/modules/boards/outcomes.routes.tsx): the summary of the open
  // fixture says "not yet"; files exist in every phase (checked here on the closed one); nobody here
  // facilitates it, so "promote" is refused (403) to those who may see it.
  {
    route: "/boards/:id/summary",
    url: (f) => `/boards/${f.boardId}/summary`,
    expect: [303, 200, 200, 200, 200, 404, 200],
  },
  ...(["md", "csv", "pdf"] as const).map(
    (x): GetRow => ({
      route: `/boards/:id/summary.${x}`,
      url: (f) => `/boards/${f.closedBoardId}/summary.${x}`,
      expect: [303, 200, 200, 200, 200, 404, 200],
    }),
  ),
  // Board sessions in the API: never public (401 without a token); the open fixture for the
  // network's members and admins; the templates for whoever may create sessions in the network.
  {
    route: "/api/v1/boards",
    url: (f) => `/api/v1/boards?network=${f.netId}`,
    expect: [401, 200, 200, 200, 200, 404, 200],
  },
  {
    route: "/api/v1/boards/:id",
    url: (f) => `/api/v1/boards/${f.boardId}`,
    expect: [401, 200, 200, 200, 200, 404, 200],
  },
  {
    route: "/api/v1/boards/:id/summary",
    url: (f) => `/api/v1/boards/${f.closedBoardId}/summary`,
    expect: [401, 200, 200, 200, 200, 404, 200],
  },
  {
    route: "/api/v1/board-templates",
    url: (f) => `/api/v1/board-templates?network=${f.netSlug}`,
    expect: [401, 403, 200, 403, 200, 404, 200],
  },
  {
    route: "/boards/:id/promote",
    url: (f) => `/boards/${f.closedBoardId}/promote?source=group:${f.closedBoardId}`,
    expect: [303, 403, 403, 403, 403, 404, 403],
  },
];
