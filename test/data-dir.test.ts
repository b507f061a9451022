// The real server (`src/cli.ts start`, spawned like `npm start`) keeps DATA_DIR to itself: after it has
// started on a data directory an earlier version left open (PGlite's files 0666, directories 0777, a
// mail with a reset link 0666), and after it has written its own files (the lock, the secret, PGlite's
// files, a mail), nothing under DATA_DIR is readable, writable or searchable by the group or others.
import { type ChildProcess, spawn } from "node:child_process";
import {
  chmodSync,
  cpSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { freePort } from "./helpers/ports.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const dataDir = mkdtempSync(path.join(os.tmpdir(), "bottega-modes-"));
let child: ChildProcess | undefined;

afterAll(async () => {
  if (child?.exitCode === null) {
    const exited = new Promise((r) => child!.once("exit", r));
    child.kill("SIGKILL");
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

/** Every path under `dir` (itself included) with its permission bits; symbolic links are skipped. */
function modes(dir: string): { file: string; mode: number }[] {
  const out: { file: string; mode: number }[] = [];
  const visit = (p: string) => {
    const st = lstatSync(p);
    if (st.isSymbolicLink()) return;
    out.push({ file: path.relative(dataDir, p) || ".", mode: st.mode & 0o7777 });
    if (st.isDirectory()) for (const n of readdirSync(p)) visit(path.join(p, n));
  };
  visit(dir);
  return out;
}

const openToOthers = (dir: string) =>
  modes(dir)
    .filter((m) => (m.mode & 0o077) !== 0)
    .map((m) => `${m.file} ${m.mode.toString(8)}`);

function openEverything(dir: string) {
  for (const m of modes(dir))
    chmodSync(path.join(dir, m.file), lstatSync(path.join(dir, m.file)).isDirectory() ? 0o777 : 0o666);
}

// The embedded database's own directory: nothing to check when the run is on PostgreSQL.
describe.skipIf(Boolean(process.env.DATABASE_URL))("the data directory's permissions", () => {
  it("are closed to the group and to others after start, including files left open before", async () => {
    // A migrated embedded database, as an older version with a umask of 0 would have left it.
    cpSync(inject("embeddedTemplate"), dataDir, { recursive: true });
    rmSync(path.join(dataDir, "ready"), { recursive: true, force: true });
    mkdirSync(path.join(dataDir, "mail"));
    writeFileSync(path.join(dataDir, "mail", "old-reset.eml"), "https://example.org/password/reset?token=x");
    mkdirSync(path.join(dataDir, "files", "attachments"), { recursive: true });
    writeFileSync(path.join(dataDir, "files", "attachments", "private.pdf"), "%PDF-1.7");
    openEverything(dataDir);
    expect(openToOthers(dataDir).length).toBeGreaterThan(100);

    const port = await freePort();
    child = spawn(process.execPath, ["--import", "./bin/ts-loader.mjs", "src/cli.ts", "start"], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: "",
        SMTP_URL: "",
        SECRET: "",
        DATA_DIR: dataDir,
        PORT: String(port),
        HOST: "127.0.0.1",
        BASE_URL: `http://localhost:${port}`,
        BOTTEGA_DEMO: "false",
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr!.on("data", (d) => {
      stderr += d;
    });
    const until = Date.now() + 120_000;
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
      } catch {}
      if (Date.now() > until || child.exitCode !== null)
        throw new Error(`the server did not start\n${stderr}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    // Files written while it runs: the lock, the generated secret, PGlite's files, and a mail with a link.
    const page = await fetch(`http://127.0.0.1:${port}/sign-up`);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1];
    const cookie = page.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const signedUp = await fetch(`http://127.0.0.1:${port}/sign-up`, {
      method: "POST",
      redirect: "manual",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie,
        origin: `http://localhost:${port}`,
        "sec-fetch-site": "same-origin",
      },
      body: new URLSearchParams({
        _csrf: csrf ?? "",
        name: "Nora Lindqvist",
        email: "nora@example.org",
        password: "a long enough password",
        language: "en",
      }),
    });
    expect(signedUp.status).toBe(200);
    const mails = () => readdirSync(path.join(dataDir, "mail")).filter((f) => f.endsWith(".eml"));
    for (const end = Date.now() + 20_000; mails().length < 2 && Date.now() < end; )
      await new Promise((r) => setTimeout(r, 200));
    expect(mails()).toHaveLength(2);

    expect(lstatSync(dataDir).mode & 0o777).toBe(0o700);
    expect(openToOthers(dataDir)).toEqual([]);
    expect(readdirSync(dataDir)).toEqual(expect.arrayContaining(["bottega.lock", "secret", "pg"]));

    const exited = new Promise<number | null>((r) => child!.once("exit", r));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    // What PGlite wrote on its way out (the checkpoint) is private too.
    expect(openToOthers(dataDir)).toEqual([]);
  }, 180_000);
});
