// Processes the benchmark starts and measures: Bottega (`node --import ./bin/ts-loader.mjs src/cli.ts start`, not
// npm, so the pid is the server's own and signals reach it) and the bare node:http server.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export type Proc = { child: ChildProcess; url: string; output(): string; stop(): Promise<void> };

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const a = srv.address();
      const port = typeof a === "object" && a ? a.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * The Node flags `npm start` gives the server (package.json's start script, between `node` and
 * `--import`, e.g. the young generation's cap of decision 0030): the bench measures the server as it
 * runs, so it reads them from there rather than keeping a copy.
 */
export const serverNodeArgs = (() => {
  const start: string = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts.start;
  const words = start.split(/\s+/);
  return words.slice(1, words.indexOf("--import")).filter((w) => w.startsWith("--"));
})();

/** Extra Node flags for the server processes, e.g. `BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof"`. */
export const benchNodeArgs = (process.env.BENCH_NODE_ARGS ?? "").split(/\s+/).filter(Boolean);

function spawnNode(args: string[], env: Record<string, string>): { child: ChildProcess; output(): string } {
  const child = spawn(process.execPath, [...benchNodeArgs, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const keep = (d: Buffer) => {
    out = (out + d.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return { child, output: () => out };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  child.kill("SIGTERM");
  const killer = setTimeout(() => child.kill("SIGKILL"), 15_000);
  await exited;
  clearTimeout(killer);
}

/** Polls `url` until it answers 200; returns the milliseconds since `since`. */
export async function waitHealthy(url: string, child: ChildProcess, output: () => string, since: number) {
  const until = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`process exited before answering ${url}:\n${output()}`);
    try {
      const res = await fetch(url);
      if (res.status === 200) {
        await res.arrayBuffer();
        return performance.now() - since;
      }
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`no answer from ${url} within 120 s:\n${output()}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export type BottegaEnv = {
  dataDir?: string;
  databaseUrl?: string;
  secret?: string;
  /** Anything else for the process's environment (e.g. REDIS_URL); wins over the defaults. */
  env?: Record<string, string>;
};

function bottegaEnv(e: BottegaEnv, port: number): Record<string, string> {
  return {
    PORT: String(port),
    HOST: "127.0.0.1",
    BASE_URL: `http://127.0.0.1:${port}`,
    DATA_DIR: e.dataDir ?? "",
    DATABASE_URL: e.databaseUrl ?? "",
    SECRET: e.secret ?? "",
    SMTP_URL: "",
    // Access logs at "info" would measure the pipe to this process, not the server.
    LOG_LEVEL: "warn",
    ...(e.databaseUrl ? {} : { BOTTEGA_DEMO: "true" }),
    ...e.env,
  };
}

/** Starts Bottega and waits for /healthz; `startMs` is spawn → first 200. */
export async function startBottega(e: BottegaEnv): Promise<Proc & { startMs: number }> {
  const port = await freePort();
  const since = performance.now();
  const { child, output } = spawnNode(
    [...serverNodeArgs, "--import", "./bin/ts-loader.mjs", "src/cli.ts", "start"],
    bottegaEnv(e, port),
  );
  const url = `http://127.0.0.1:${port}`;
  const startMs = await waitHealthy(`${url}/healthz`, child, output, since);
  return { child, url, output, startMs, stop: () => stopChild(child) };
}

/** Runs a CLI command (e.g. `seed --demo`) against the same database; throws on a non-zero exit. */
export async function bottegaCli(e: BottegaEnv, args: string[]): Promise<string> {
  const { child, output } = spawnNode(
    ["--import", "./bin/ts-loader.mjs", "src/cli.ts", ...args],
    bottegaEnv(e, 0),
  );
  const code = await new Promise<number | null>((r) => child.once("exit", (c) => r(c)));
  if (code !== 0) throw new Error(`bottega ${args.join(" ")} exited ${code}:\n${output()}`);
  return output();
}

export async function startBare(bodyFile: string): Promise<Proc> {
  const port = await freePort();
  const { child, output } = spawnNode(
    [path.join(import.meta.dirname, "bare-server.ts"), bodyFile, String(port)],
    {},
  );
  const url = `http://127.0.0.1:${port}`;
  await waitHealthy(`${url}/`, child, output, performance.now());
  return { child, url, output, stop: () => stopChild(child) };
}

/** Resident set size of a process in MB (Linux /proc). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

/** Signs in through the real form, as a browser would, and returns the Cookie header to send. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const page = await fetch(`${base}/sign-in`);
  const html = await page.text();
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  const csrfCookie = page.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  if (!token) throw new Error("no CSRF token on /sign-in");
  const res = await fetch(`${base}/sign-in`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: csrfCookie,
      origin: base,
      "sec-fetch-site": "same-origin",
    },
    body: new URLSearchParams({ _csrf: token, email, password, next: "/" }),
  });
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .find((c) => c.startsWith("bottega_session="));
  if (res.status !== 303 || !session) throw new Error(`sign-in as ${email} failed: HTTP ${res.status}`);
  return session;
}
