// Starts the real Bottega server for browser tests: `node --import ./bin/ts-loader.mjs src/cli.ts start` (not npm, so
// signals reach it), on a fresh embedded data directory with demo data, a random port, and mail sent
// to a real SMTP sink. BASE_URL is set explicitly: Vitest puts BASE_URL=/ in the environment.
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../helpers/ports.ts";

export const ROOT = path.resolve(import.meta.dirname, "../../..");

export type RunningServer = {
  baseUrl: string;
  dataDir: string;
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
};

export async function startBottega(
  opts: { smtpUrl?: string; template?: string; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "bottega-e2e-"));
  // A migrated template (from the global setup) skips initdb; demo data still loads because it is empty.
  if (opts.template && existsSync(opts.template)) {
    cpSync(opts.template, dataDir, { recursive: true });
    rmSync(path.join(dataDir, "ready"), { recursive: true, force: true });
  }
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const child = spawn(process.execPath, ["--import", "./bin/ts-loader.mjs", "src/cli.ts", "start"], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: "",
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: "127.0.0.1",
      BASE_URL: baseUrl,
      BOTTEGA_DEMO: "true",
      LOG_LEVEL: "warn",
      SMTP_URL: opts.smtpUrl ?? "",
      ...opts.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (d) => {
    out += d;
  });
  child.stderr?.on("data", (d) => {
    out += d;
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const until = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Bottega exited during start:\n${out}`);
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) {
      child.kill("SIGKILL");
      throw new Error(`Bottega did not answer /healthz within 60 s:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    baseUrl,
    dataDir,
    child,
    output: () => out,
    async stop() {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        const killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        await exited;
        clearTimeout(killer);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
