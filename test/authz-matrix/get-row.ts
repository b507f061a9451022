// One GET row of the authorisation matrix (test/authz-matrix.test.ts): a route as Hono lists it, the
// URL to request with the fixtures filled in, and the status each role gets, written by hand.
export type Fixtures = Record<string, string>;

export type GetRow = {
  /** The route as Hono lists it. */
  route: string;
  /** The URL to request, with fixtures filled in. */
  url: (f: Fixtures) => string;
  /** Statuses in the order of ROLES: anonymous, member, facilitator, communicator, coordinator, other coordinator, admin. */
  expect: [number, number, number, number, number, number, number];
};
