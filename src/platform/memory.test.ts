// The two collections the server asks V8 for: they must work on the Node this repository pins, or
// the figures of decisions 0036 and 0037 silently go back to what they were.
import { PassThrough, Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { getHeapSpaceStatistics } from "node:v8";
import { expect, it } from "vitest";
import { collectingAsItStreams, releaseStartUpMemory } from "./memory.ts";

const newSpaceMb = () =>
  (getHeapSpaceStatistics().find((s) => s.space_name === "new_space")?.space_size ?? 0) / 2 ** 20;

it("gives back a grown young generation after start-up", () => {
  // Objects that survive a few scavenges make V8 grow its young generation, as loading modules does.
  const kept: object[] = [];
  for (let i = 0; i < 400_000; i++) kept.push({ i, s: `item ${i}` });
  const grown = newSpaceMb();
  kept.length = 0;
  releaseStartUpMemory();
  expect(grown).toBeGreaterThan(4);
  expect(newSpaceMb()).toBeLessThan(grown / 2);
});

it("passes every byte of a body through unchanged while collecting as it streams", async () => {
  const chunks = Array.from({ length: 40 }, (_, i) => Buffer.alloc(64 * 1024, i));
  const out: Buffer[] = [];
  const sink = new PassThrough();
  sink.on("data", (c: Buffer) => out.push(c));
  await pipeline(Readable.from(chunks), collectingAsItStreams(256 * 1024), sink);
  expect(Buffer.concat(out).equals(Buffer.concat(chunks))).toBe(true);
});
