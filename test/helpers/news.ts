// News items for tests that need one in a given state: proposed by a member of the network, then
// decided by SYSTEM (published, or sent back for changes).
import { loadActor } from "../../src/modules/identity/index.ts";
import { decideOnProposal, proposeNews } from "../../src/modules/publications/index.ts";
import { SYSTEM } from "../../src/platform/auth/index.ts";
import type { TestRuntime } from "./runtime.ts";

export async function buildNewsItem(
  t: TestRuntime,
  networkId: string,
  proposerId: string,
  o: {
    visibility?: "public" | "network" | "pa";
    decision?: "publish" | "request-changes" | "none";
    title?: string;
  } = {},
): Promise<string> {
  const proposer = (await loadActor(t.deps, proposerId))!;
  const item = await proposeNews(t.deps, proposer, networkId, {
    title: o.title ?? "Notizia di prova",
    summary: "Un sommario.",
    body: "Un testo.",
    visibility: o.visibility ?? "public",
  });
  const decision = o.decision ?? "publish";
  if (decision !== "none")
    await decideOnProposal(t.deps, SYSTEM, networkId, item.id, {
      decision,
      note: decision === "publish" ? "" : "Da rivedere.",
      version: item.version,
    });
  return item.id;
}
