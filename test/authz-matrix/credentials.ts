// Writes of the credentials module: verifying a credential is open to anyone, signed in or not, on
// the page and in the API (it stores nothing; it answers about what was sent).
import type { Statuses, WriteRow } from "../helpers/matrix.ts";

//                                          anon admin coord facil comm   pa  memb oCoor oMemb guest labP
const ANYONE: Statuses = /*               */ [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200];

export function credentialWrites(): WriteRow[] {
  return [
    {
      route: "POST /credentials/verify",
      send: () => ({ path: "/credentials/verify", form: { json: "{}" } }),
      expect: ANYONE,
    },
    {
      route: "POST /api/v1/credentials/verify",
      send: () => ({ path: "/api/v1/credentials/verify", json: {} }),
      expect: ANYONE,
    },
  ];
}
