// Starts the real server the way `npm start` does (node + tsx, not through npm, so signals reach it)
// on a fresh data directory, fetches /healthz and /, and checks a second server on the same
// directory refuses to start with a clear message.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const dataDir = mkdtempSync(path.join(os.tmpdir(), "bottega-server-"));
const port = 39_000 + Math.floor(Math.random() * 1000);
const children: ChildProcess[] = [];

function start(extraEnv: Record<string, string> = {}) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli.ts", "start"], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: "",
      DATA_DIR: dataDir,
      PORT: String(port),
      BASE_URL: `http://localhost:${port}`,
      LOG_LEVEL: "warn",
      ...extraEnv,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let out = "";
  child.stdout?.on("data", (d) => {
    out += d;
  });
  child.stderr?.on("data", (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function waitFor(url: string, ms = 20_000): Promise<Response> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      return await fetch(url);
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 500));
  rmSync(dataDir, { recursive: true, force: true });
});

describe("npm start on a fresh directory", () => {
  it("serves /healthz and the home page, loads demo data, and a second server refuses the directory", async () => {
    const first = start();
    const health = await waitFor(`http://127.0.0.1:${port}/healthz`).catch((e) => {
      throw new Error(`server did not answer: ${e}\n${first.output()}`);
    });
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });

    const home = await fetch(`http://127.0.0.1:${port}/`);
    expect(home.status).toBe(200);
    const html = await home.text();
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('<html lang="it">');
    expect(html).toContain("AnciLab");
    expect(first.output()).toContain("bottega-demo-2026");

    const second = start({ PORT: String(port + 1) });
    const code = await second.exited;
    expect(code).toBe(1);
    expect(second.output()).toContain("is in use by another Bottega process");

    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
  });
});
