// What the burst benchmarks (registration, learning) share: a burst of form posts sent at the same
// moment over prepared sockets (sockets.ts), its latencies, and the CPU each process
// spent in it (Linux /proc), plus the small helpers around them.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestRuntime } from "../../test/helpers/runtime.ts";
import { freePort } from "../http/processes.ts";
import {
  type Answer,
  formRequest,
  type OpenConnection,
  openConnection,
  sendOnNewConnection,
  targetOf,
} from "./sockets.ts";

export type Mode = "open" | "new";

const TICK_MS = 10; // Linux USER_HZ is 100
/** CPU time (user + system) of a process, in ms, from /proc; 0 when it cannot be read. */
export function cpuOf(pid: number): number {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(f[11]) + Number(f[12])) * TICK_MS;
  } catch {
    return 0;
  }
}
/** CPU time of each process named postgres on this machine, in ms, by pid. */
export function postgresCpu(): Map<number, number> {
  const out = new Map<number, number>();
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (readFileSync(`/proc/${d}/comm`, "utf8").trim() === "postgres") out.set(Number(d), cpuOf(Number(d)));
    } catch {}
  }
  return out;
}
/** What the PostgreSQL processes alive at the end spent since `before` (a backend that exited in
 * between is not counted: Bottega's pool keeps its connections, so this is rare during a burst). */
export function postgresCpuSince(before: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of postgresCpu()) total += ms - (before.get(pid) ?? 0);
  return total;
}

export const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
export const round = (n: number) => Math.round(n * 10) / 10;

/** Runs `fn` over `items` with at most `n` at a time. */
export async function pool<T, R>(
  items: T[],
  n: number,
  fn: (item: T, i: number) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!, i);
      }
    }),
  );
  return out;
}

/** Waits until the job queue holds nothing to do (the previous burst's 500 confirmation mails take
 * the worker several seconds; a burst sent meanwhile would be measured against them). */
export async function queueAtRest(t: TestRuntime) {
  const until = Date.now() + 120_000;
  for (;;) {
    const { rows } = await t.deps.pool.query<{ n: number }>(
      "select count(*)::int as n from pgboss.job where state in ('created', 'retry', 'active') and start_after <= now()",
    );
    if ((rows[0]?.n ?? 0) === 0 || Date.now() > until) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** A signed-in person: the session's cookie, the form's CSRF token, and the form's other fields. */
export type Person = { cookie: string; csrf: string; fields?: [string, string][] };
export type Burst = {
  latencies: number[];
  errors: number;
  allMs: number;
  load: number;
  cpu: { client: number; server: number; pg: number };
};

/** All `people` post a form to `url` at the same moment (with `fields` beside the CSRF token);
 * `expect` checks an answer. */
export async function burst(
  mode: Mode,
  url: string,
  origin: string,
  people: Person[],
  serverPid: number,
  expect: (a: Answer) => boolean,
): Promise<Burst> {
  const to = targetOf(url);
  const requests = people.map((p) => formRequest(url, { ...p, origin, keepAlive: mode === "open" }));
  let open: OpenConnection[] = [];
  if (mode === "open") {
    open = await Promise.all(people.map(() => openConnection(to)));
    await new Promise((r) => setTimeout(r, 300)); // the server has taken in every connection
  }
  const load = os.loadavg()[0]!;
  const latencies: number[] = [];
  let errors = 0;
  const cpu0 = { client: process.cpuUsage(), server: cpuOf(serverPid), pg: postgresCpu() };
  const t0 = performance.now();
  await Promise.all(
    requests.map(async (request, i) => {
      const start = performance.now();
      try {
        const answer = await (mode === "open" ? open[i]!.send(request) : sendOnNewConnection(to, request));
        if (!expect(answer)) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - start);
    }),
  );
  const allMs = performance.now() - t0;
  const clientCpu = process.cpuUsage(cpu0.client);
  const cpu = {
    client: (clientCpu.user + clientCpu.system) / 1000,
    server: cpuOf(serverPid) - cpu0.server,
    pg: postgresCpuSince(cpu0.pg),
  };
  for (const c of open) c.close();
  return { latencies: latencies.sort((a, b) => a - b), errors, allMs, load, cpu };
}

/** The bare node:http server (floor-server.ts) as its own process, like Bottega: the floor of this
 * machine for a burst of form posts. */
export async function startFloor(root: string) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(import.meta.dirname, "floor-server.ts"), String(port)], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise((r) => child.stdout?.once("data", r));
  return {
    origin: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    /** Made-up people whose cookie and token have the length of real ones. */
    people: (n: number): Person[] =>
      Array.from({ length: n }, (_, i) => ({
        cookie: `bottega_session=${i.toString(36).padStart(43, "x")}`,
        csrf: i.toString(36).padStart(64, "c"),
      })),
    async stop() {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
