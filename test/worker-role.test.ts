// The worker role starts from the manifests and never loads the HTTP application: what every role
// loads before its queue starts (catalogues, job definitions, event handlers) declares every job and
// includes no route file, no page module and neither HTTP app (issue 12, item 5).
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

describe("the worker role", () => {
  it("declares every module's jobs without loading routes or the HTTP app", async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "./bin/ts-loader.mjs", "test/fixtures/worker-role-loads.mjs"],
      { cwd: root, timeout: 60_000 },
    );
    const { loaded, jobs, handlers } = JSON.parse(stdout) as {
      loaded: string[];
      jobs: string[];
      handlers: string[];
    };
    expect(loaded.length).toBeGreaterThan(20);
    expect(loaded.filter((f) => /(^|\/)([a-z.-]*\.)?routes\.tsx$/.test(f))).toEqual([]);
    expect(loaded).not.toContain("src/platform/http/app.tsx");
    expect(loaded).not.toContain("src/app/http.tsx");
    expect(loaded).not.toContain("src/app/api.ts");
    // jobs, the one event queue and the mail outbox, from each module's manifest
    expect(jobs).toEqual(
      expect.arrayContaining(["identity.sign-up", "labs.meeting-reminder", "mail.send", "platform.event"]),
    );
    // every module's event handlers, its notification kinds among them, delivered on that one queue
    expect(handlers).toEqual(
      expect.arrayContaining([
        "conferences.registered-mail",
        "labs.registration-confirmed-mail",
        "notify.labs.meeting-moved",
        "practices.received-mail",
      ]),
    );
    expect(jobs.filter((j) => handlers.includes(j))).toEqual([]);
  });
});
