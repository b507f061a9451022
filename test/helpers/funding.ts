// Factory for funding calls: a valid public PNRR call closing 30 days after the clock's now unless
// overridden, written through the funding service as a trusted internal caller (SYSTEM).

import { type CallInput, createCall } from "../../src/modules/funding/index.ts";
import { SYSTEM } from "../../src/platform/auth/index.ts";
import type { TestRuntime } from "./runtime.ts";

let seq = 0;

export async function buildCall(
  t: TestRuntime,
  networkId: string,
  o: Partial<CallInput> & { inDays?: number } = {},
) {
  const { inDays = 30, ...fields } = o;
  return createCall(t.deps, SYSTEM, networkId, {
    title: `Bando di prova ${++seq}`,
    programme: "pnrr",
    summary: "Un bando per provare.",
    deadline: new Date(t.clock.now().getTime() + inDays * 86_400_000),
    eligibleBodies: ["municipality"],
    budgetEur: 100_000,
    url: "https://example.org/bando",
    visibility: "public",
    ...fields,
  });
}
