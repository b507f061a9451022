// A 300 MB lesson video through the real add-material route on a real HTTP server (node-server, as in
// production): the body streams to the file store and the process's memory stays within 50 MB of
// where it started. In a file of its own, so its process (Vitest runs each file in its own) measures
// this upload alone; the browser is a child process, which generates the video as it sends it.
import { spawn } from "node:child_process";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { getHeapSpaceStatistics } from "node:v8";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Client } from "../../../../test/helpers/client.ts";
import { actorFor, buildNetwork } from "../../../../test/helpers/factories.ts";
import { jobsSettled } from "../../../../test/helpers/jobs.ts";
import { buildLab } from "../../../../test/helpers/labs.ts";
import { createTestRuntime, type TestRuntime } from "../../../../test/helpers/runtime.ts";
import { addMember } from "../labs.service.ts";
import type { Lab } from "../labs.types.ts";

const WEBM = Buffer.from("1a45dfa39f4286810142f7810142f2810442f381084282847765626d4287810442858102", "hex");
const VTT = "WEBVTT\n\n00:00.000 --> 00:02.000\nBuongiorno a tutti.\n";
const MB = 1024 * 1024;

let t: TestRuntime;
let lab: Lab;
let contributor: Client;
let server: ReturnType<typeof serve>;
let port: number;

beforeAll(async () => {
  t = await createTestRuntime();
  const net = await buildNetwork(t);
  lab = await buildLab(t, net.id, { visibility: "network" });
  const actor = await actorFor(t, "member", net.id);
  await addMember(t.deps, lab.id, actor.accountId!, "member");
  contributor = actor.client;
  server = serve({ fetch: t.app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise((r) => server.once("listening", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await t.close();
});

/**
 * The browser: a child process that posts the add-material form as a browser does (fields, then the
 * file, with its Content-Length), the video generated 64 KiB at a time as it is sent (a WebM header,
 * then byte i of each 64 KiB block is (i * 7) % 256). Its own process, so only the server is measured.
 */
const CLIENT = `
import http from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
const { port, path, headers, head, tail, size, webm } = JSON.parse(process.argv[1]);
const block = Buffer.alloc(64 * 1024);
for (let i = 0; i < block.length; i++) block[i] = (i * 7) % 256;
async function* body() {
  yield Buffer.from(head);
  const first = Buffer.from(webm, "hex");
  yield Buffer.concat([first, block.subarray(0, block.length - first.length)]);
  let sent = block.length;
  while (sent < size) {
    const n = Math.min(block.length, size - sent);
    sent += n;
    yield block.subarray(0, n);
  }
  yield Buffer.from(tail);
}
const contentLength = Buffer.byteLength(head) + size + Buffer.byteLength(tail);
const req = http.request({ host: "127.0.0.1", port, path, method: "POST",
  headers: { ...headers, "content-length": String(contentLength) } });
const answered = new Promise((resolve, reject) => {
  req.on("response", (res) => { res.resume(); resolve({ status: res.statusCode, location: res.headers.location }); });
  req.on("error", reject);
});
await pipeline(Readable.from(body()), req);
process.stdout.write(JSON.stringify(await answered));
`;

async function post(size: number): Promise<{ status: number; location?: string }> {
  const csrf = await contributor.csrf(`/labs/${lab.slug}/materials/new?kind=video`);
  const boundary = "----bottega-large-upload";
  const field = (name: string, value: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const head =
    field("_csrf", csrf) +
    field("kind", "video") +
    field("title", `Lezione da ${Math.round(size / MB)} MB`) +
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="lezione.webm"\r\nContent-Type: video/webm\r\n\r\n`;
  const tail =
    `\r\n--${boundary}\r\nContent-Disposition: form-data; name="captions"; filename="lezione.vtt"\r\nContent-Type: text/vtt\r\n\r\n${VTT}\r\n` +
    field("transcript", "Buongiorno a tutti.") +
    field("consent", "on") +
    field("consentBy", "Mario Bianchi, docente") +
    `--${boundary}--\r\n`;
  const headers = {
    "content-type": `multipart/form-data; boundary=${boundary}`,
    cookie: [...contributor.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
    origin: new URL(t.config.baseUrl).origin,
    "sec-fetch-site": "same-origin",
  };
  const args = JSON.stringify({
    port,
    path: `/labs/${lab.slug}/materials`,
    headers,
    head,
    tail,
    size,
    webm: WEBM.toString("hex"),
  });
  const child = spawn(process.execPath, ["--input-type=module", "-e", CLIENT, args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.on("data", (d: Buffer) => {
    out += d.toString();
  });
  const [code] = (await once(child, "exit")) as [number];
  if (code !== 0) throw new Error(`the client exited with ${code}`);
  return JSON.parse(out);
}

/** The capacity of V8's young generation: in this worker it doubles (64 → 128 MB) under the load. */
const youngGen = () => getHeapSpaceStatistics().find((s) => s.space_name === "new_space")?.space_size ?? 0;

// The target: RSS within +50 MB of where it started. The route's pipeline asks V8 for a young-
// generation collection every 8 MB of body (platform/memory.ts, decision 0036): without
// it, written chunks waited for V8's own collection and RSS peaked at +65 to +106 MB. On PostgreSQL the
// process is the application alone and the bound is the target. On the embedded database the same
// process also holds PGlite, whose WebAssembly memory (400–900 MB here, depending on what it ran
// before) sometimes grows during the upload's own queries — by one step of +150 MB seen in a CI run,
// V8's young generation +0 — so the bound asserted there is that the body streams: held whole it
// would be +300 MB and more.
const boundMb = process.env.DATABASE_URL ? 50 : 200;

it("stores a 300 MB video streamed through the route, the process's RSS growing by less than 50 MB", async () => {
  // A small upload first, so what the route loads once (file-type, the parser) is not counted.
  expect((await post(2 * MB)).status).toBe(303);
  // The jobs that upload caused (events, notices) run now, not during the measure.
  await jobsSettled(t);
  const before = process.memoryUsage().rss;
  const youngBefore = youngGen();
  let peak = before;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  const sampler = setInterval(sample, 10);
  const started = performance.now();
  const size = 300 * MB;
  let res: { status: number; location?: string };
  try {
    res = await post(size);
  } finally {
    clearInterval(sampler);
  }
  sample();
  const seconds = (performance.now() - started) / 1000;
  const grewMb = (peak - before) / MB;
  console.log(
    `300 MB upload: ${seconds.toFixed(1)} s, RSS peak +${grewMb.toFixed(1)} MB ` +
      `(V8 young generation +${((youngGen() - youngBefore) / MB).toFixed(0)} MB)`,
  );
  expect(res.status).toBe(303);
  expect(grewMb).toBeLessThan(boundMb);

  // All of it arrived, in order: the size, and a range far into the file.
  const page = res.location!;
  const head = await contributor.request(`${page}/file`, { method: "HEAD" });
  expect(head.headers.get("content-length")).toBe(String(size));
  const offset = 250 * MB + 12_345;
  const part = await contributor.get(`${page}/file`, { range: `bytes=${offset}-${offset + 3}` });
  expect(part.status).toBe(206);
  // The generator's pattern: byte i of a block is (i * 7) % 256, blocks of 64 KiB after the header.
  const at = (o: number) => {
    const afterHeader = o - WEBM.length;
    const first = 64 * 1024 - WEBM.length;
    const inBlock = afterHeader < first ? afterHeader : (afterHeader - first) % (64 * 1024);
    return (inBlock * 7) % 256;
  };
  expect([...new Uint8Array(await part.arrayBuffer())]).toEqual([0, 1, 2, 3].map((i) => at(offset + i)));
}, 60_000);
