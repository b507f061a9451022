// Starts the real server the way `npm start` does (node + bin/ts-loader.mjs, not through npm, so
// signals reach it) on a fresh data directory, fetches /healthz and /, keeps an idle connection past
// Node's default keep-alive, and checks a second server on the same directory refuses to start with a
// clear message.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const dataDir = mkdtempSync(path.join(os.tmpdir(), "bottega-server-"));
// A port the OS says is free now (a random pick once met a port in use: EADDRINUSE under load).
const port = await new Promise<number>((resolve, reject) => {
  const probe = net.createServer().listen(0, "127.0.0.1", () => {
    const { port: free } = probe.address() as net.AddressInfo;
    probe.close(() => resolve(free));
  });
  probe.once("error", reject);
});
const children: ChildProcess[] = [];

/** Runs a CLI command to completion, the way `npx bottega …` does (node + our loader on src/cli.ts). */
async function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ["--import", "./bin/ts-loader.mjs", "src/cli.ts", ...args], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: "",
      DATA_DIR: dataDir,
      BASE_URL: `http://localhost:${port}`,
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => {
    stdout += d;
  });
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { code, stdout, stderr };
}

function start(extraEnv: Record<string, string> = {}) {
  const child = spawn(process.execPath, ["--import", "./bin/ts-loader.mjs", "src/cli.ts", "start"], {
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

async function waitFor(url: string, ms = 90_000): Promise<Response> {
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
  it("serves /healthz and the home page, loads demo data, refuses a second server, and lets the CLI in with and without it", async () => {
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

    // A reverse proxy keeps its connection open between requests: an idle connection is still served
    // after Node's default 5 s (a proxy reusing a connection the server just closed answers 502).
    const keptAlive = await new Promise<net.Socket>((resolve, reject) => {
      const socket = net.connect(port, "127.0.0.1", () => resolve(socket));
      socket.once("error", reject);
    });
    const answers: string[] = [];
    keptAlive.on("data", (d: Buffer) => answers.push(d.toString("latin1")));
    const ask = "GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n";
    keptAlive.write(ask);
    await new Promise((r) => setTimeout(r, 6_500));
    expect(keptAlive.destroyed).toBe(false);
    keptAlive.write(ask);
    await new Promise((r) => setTimeout(r, 500));
    expect(answers.join("").match(/HTTP\/1\.1 200 OK/g)).toHaveLength(2);
    keptAlive.destroy();

    const second = start({ PORT: String(port + 1) });
    const code = await second.exited;
    expect(code).toBe(1);
    expect(second.output()).toContain("is in use by another Bottega process");

    // While the server runs, the CLI goes through its socket: the token it prints works at once.
    const running = await cli(["admin", "token", "--email", "giulia.ferrari@sbcr.example"]);
    expect(running.stderr).toBe("");
    expect(running.code).toBe(0);
    const token = running.stdout.trim();
    expect(token).toMatch(/^bt_[\w-]{40}$/);
    const me = await fetch(`http://127.0.0.1:${port}/api/v1/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect((await me.json()).email).toBe("giulia.ferrari@sbcr.example");
    // A read-only token, also printed alone, reads but cannot change anything; a bad lifetime is bad usage.
    const ro = await cli([
      "admin",
      "token",
      "--email",
      "giulia.ferrari@sbcr.example",
      "--read-only",
      "--days",
      "30",
    ]);
    expect(ro.code).toBe(0);
    expect(ro.stdout.trim()).toMatch(/^bt_[\w-]{40}$/);
    const write = await fetch(`http://127.0.0.1:${port}/api/v1/live/tickets`, {
      method: "POST",
      headers: { authorization: `Bearer ${ro.stdout.trim()}` },
    });
    expect(write.status).toBe(403);
    const badDays = await cli(["admin", "token", "--email", "giulia.ferrari@sbcr.example", "--days", "0"]);
    expect(badDays.code).toBe(2);

    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);

    // With the server stopped, the CLI opens the database itself.
    const created = await cli([
      "admin",
      "create-user",
      "--email",
      "nuova@comune.example",
      "--name",
      "Nuova Persona",
    ]);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain("nuova@comune.example");
    const dup = await cli(["admin", "create-user", "--email", "nuova@comune.example", "--name", "Di nuovo"]);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toContain("exists");
    const bad = await cli(["admin", "create-user", "--email", "x@y.example"]);
    expect(bad.code).toBe(2);
  }, 180_000);
});
