// The collection large uploads ask V8 for (decision 0036): it must keep working on the Node this
// repository pins, or the upload's figure silently goes back to what it was.
import { PassThrough, Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { expect, it } from "vitest";
import { collectingAsItStreams } from "./memory.ts";

it("passes every byte of a body through unchanged while collecting as it streams", async () => {
  const chunks = Array.from({ length: 40 }, (_, i) => Buffer.alloc(64 * 1024, i));
  const out: Buffer[] = [];
  const sink = new PassThrough();
  sink.on("data", (c: Buffer) => out.push(c));
  await pipeline(Readable.from(chunks), collectingAsItStreams(256 * 1024), sink);
  expect(Buffer.concat(out).equals(Buffer.concat(chunks))).toBe(true);
});

it("frees the written chunks as it goes: external memory stays near one interval", async () => {
  const MB = 2 ** 20;
  const before = process.memoryUsage().arrayBuffers;
  let peak = 0;
  async function* body() {
    // 200 MB of fresh 64 KiB chunks, each dropped once passed on, as a socket's reads are.
    for (let i = 0; i < 3200; i++) {
      yield Buffer.alloc(64 * 1024, i % 251);
      peak = Math.max(peak, process.memoryUsage().arrayBuffers - before);
    }
  }
  const sink = new PassThrough();
  sink.resume();
  await pipeline(Readable.from(body()), collectingAsItStreams(8 * MB), sink);
  // Without the collections, V8 would wait for about 64 MB of external growth (decision 0036).
  expect(peak / MB).toBeLessThan(32);
});
