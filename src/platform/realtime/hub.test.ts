import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createLogger } from "../logger.ts";
import { type LiveHub, type LiveSocket, memoryHub, redisHub } from "./hub.ts";

/** Sockets that write down, in one shared list, who received what. */
function recorder() {
  const order: string[] = [];
  const socket = (name: string, readyState = 1): LiveSocket => ({
    readyState,
    send: (data: string) => order.push(`${name} ${(JSON.parse(data) as { n: number }).n}`),
  });
  return { order, socket };
}

async function checkFirst(hub: LiveHub, stream: string, settle: () => Promise<void>) {
  const { order, socket } = recorder();
  const [a, b, c] = ["a", "b", "c"].map((n) => socket(n));
  const closed = socket("closed", 3);
  for (const s of [a!, b!, c!, closed]) await hub.subscribe(stream, s);
  await hub.publish(stream, { type: "t", n: 1 });
  // The sender subscribed last: without `first` it would come last.
  await hub.publish(stream, { type: "t", n: 2 }, { first: c });
  // A `first` that is not a subscriber changes nothing, and gets nothing.
  await hub.publish(stream, { type: "t", n: 3 }, { first: socket("stranger") });
  await settle();
  expect(order).toEqual(["a 1", "b 1", "c 1", "c 2", "a 2", "b 2", "a 3", "b 3", "c 3"]);
}

describe("live hub: the sender's own event first", () => {
  it("in one process", async () => {
    await checkFirst(memoryHub(), "board:first", async () => {});
  });

  it.runIf(Boolean(process.env.REDIS_URL))("through Redis (skipped unless REDIS_URL is set)", async () => {
    const hub = await redisHub(
      process.env.REDIS_URL!,
      createLogger("silent"),
      `bottega-test:${randomBytes(6).toString("hex")}:`,
    );
    try {
      await checkFirst(hub, "board:first", () => new Promise((r) => setTimeout(r, 200)));
    } finally {
      await hub.close();
    }
  });
});
