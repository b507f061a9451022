// Secrets in logs (issue 11, item 17): the access log of a running instance is captured (a pino
// destination) and must hold no calendar-feed, invitation or join token and no mailed-link token —
// the paths keep their shape with "[redacted]" in place of the token.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../src/modules/identity/index.ts";
import { resetFeedToken } from "../src/modules/labs/index.ts";
import { createLogger } from "../src/platform/logger.ts";
import { Client } from "./helpers/client.ts";
import { actorFor, buildNetwork } from "./helpers/factories.ts";
import { createTestRuntime, type TestRuntime } from "./helpers/runtime.ts";

/** A logger whose lines land in `lines` (pino writes one JSON line per call). */
function capturing() {
  const lines: string[] = [];
  const log = createLogger("info", { write: (s: string) => void lines.push(s) });
  return { log, lines, text: () => lines.join("") };
}

describe("the request log", () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await createTestRuntime();
  });
  afterAll(() => t.close());

  it("redacts feed tokens, invitation tokens, join codes and mailed-link tokens from logged paths", async () => {
    const cap = capturing();
    t.deps.log = cap.log;
    const net = await buildNetwork(t);
    const member = await actorFor(t, "member", net.id);
    const actor = await loadActor(t.deps, member.accountId!);
    const feed = await resetFeedToken(t.deps, actor!);
    const secrets = {
      feed,
      invitation: "inv1tati0nT0kenAbcdefghijKLMNOP",
      lab: "lab1nv1tati0nT0kenAbcdefghijKLM",
      join: "J01NC0DE",
      link: "ma1ledL1nkT0kenAbcdefghijKLMNOP",
    };
    const c = new Client(t);
    expect((await c.get(`/calendar/${secrets.feed}/meetings.ics`)).status).toBe(200);
    await c.get(`/invitations/${secrets.invitation}`);
    await c.get(`/lab-invitations/${secrets.lab}`);
    await c.get(`/boards/join/${secrets.join}`);
    await c.get(`/verify-email?token=${secrets.link}`);
    const requests = cap.lines.map((l) => JSON.parse(l)).filter((l) => l.msg === "request");
    expect(requests.map((r) => r.path)).toEqual(
      expect.arrayContaining([
        "/calendar/[redacted]/meetings.ics",
        "/invitations/[redacted]",
        "/lab-invitations/[redacted]",
        "/boards/join/[redacted]",
        "/verify-email",
      ]),
    );
    for (const secret of Object.values(secrets)) expect(cap.text()).not.toContain(secret);
  });
});
