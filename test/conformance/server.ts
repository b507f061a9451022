// A real Bottega for the conformance client: `bottega start` in its own process (node + the
// project's loader, as `npm start` runs it), on a free port, with demo data, on a fresh database —
// a copy of the migrated template this test run prepared (test/global-setup.ts), or, with
// DATABASE_URL, a PostgreSQL database made from its template (REDIS_URL, when set, is passed on).
// `BASE_URL` is left to its default, `http://localhost:$PORT`, as on a fresh `npm start`.
// Like the client, this file imports nothing from src/: the server is a process, reached over HTTP.
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export type Bottega = {
  /** `http://localhost:<port>`: BASE_URL's default. */
  base: string;
  port: number;
  /** The environment the server runs with: what `npx bottega …` needs to reach the same database. */
  env: Record<string, string>;
  /** Everything the server printed so far (the demo banner with its password, errors). */
  output(): string;
  /** Stops it as an operator would (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
};

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.once("error", reject);
  });

/** `url` with another database name (the server's `postgres` database by default). */
function withDatabase(url: string, name = "postgres") {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A database of its own, copied from the run's migrated template; returns how to drop it. */
async function freshDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `bottega_t_${inject("runId")}_conformance_${process.pid}`;
  const admin = new pg.Client({
    connectionString: withDatabase(url),
    user: new URL(url).username || "postgres",
  });
  await admin.connect();
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`create database "${name}" template "${inject("pgTemplate")}"`);
      break;
    } catch (err) {
      // Another file copying the template at the same moment: try again shortly.
      if (attempt > 50 || !/being accessed by other users/.test(String(err))) throw err;
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 150));
    }
  }
  await admin.end();
  return {
    url: withDatabase(url, name),
    drop: async () => {
      const c = new pg.Client({
        connectionString: withDatabase(url),
        user: new URL(url).username || "postgres",
      });
      await c.connect();
      await c.query(`drop database if exists "${name}" with (force)`);
      await c.end();
    },
  };
}

export async function startBottega(): Promise<Bottega> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "bottega-conformance-"));
  const env: Record<string, string> = {
    PORT: String(port),
    DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
    BOTTEGA_DEMO: "true",
    DATABASE_URL: "",
  };
  let drop: (() => Promise<void>) | undefined;
  const pgUrl = process.env.DATABASE_URL;
  if (pgUrl && inject("pgTemplate")) {
    const db = await freshDatabase(pgUrl);
    drop = db.drop;
    Object.assign(env, { DATABASE_URL: db.url, SECRET: "conformance-secret-conformance-secret-01" });
  } else {
    cpSync(inject("embeddedTemplate"), dataDir, { recursive: true });
    rmSync(path.join(dataDir, "ready"), { recursive: true, force: true });
  }
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "./bin/ts-loader.mjs", "src/cli.ts", "start"],
    // BASE_URL left unset (Vitest's process.env has Vite's "/"): its default is what is tested.
    { cwd: ROOT, env: { ...process.env, BASE_URL: "", ...env }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let out = "";
  child.stdout?.on("data", (d) => {
    out += d;
  });
  child.stderr?.on("data", (d) => {
    out += d;
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
    await drop?.();
    drop = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  };
  // Ready when it says so: it prints its address once /live is attached, after the demo data.
  const until = Date.now() + 120_000;
  while (!/Bottega is running at/.test(out)) {
    if (child.exitCode !== null || Date.now() > until) {
      await stop();
      throw new Error(`Bottega did not start:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { base: `http://localhost:${port}`, port, env, output: () => out, stop };
}
