// Per-route body limits and streamed multipart forms on a small app with the frame's real middleware
// (body limits, CSRF) and a real directory store: files reach the store only behind a valid `_csrf`
// sent before them, a file over its limit or of the wrong type is refused with nothing kept and the
// rest of the form still read, and a body over the route's limit is a 413 with nothing kept.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Hono } from "hono";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Deps } from "../deps.ts";
import { AppError } from "../errors.ts";
import { directoryStore } from "../files/store.ts";
import { bodyLimit, limitBodies, MAX_FORM_BYTES } from "./body-limit.ts";
import type { AppEnv } from "./context.ts";
import { csrfProtection } from "./csrf.ts";
import { readForm } from "./forms.ts";
import { negotiateLanguage } from "./middleware.ts";
import { type FileRule, readStreamedForm } from "./streamed-form.ts";

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const BASE = "http://localhost:3000";

const root = mkdtempSync(path.join(os.tmpdir(), "bottega-streamed-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const files = directoryStore(root);
const stored = (): string[] => {
  try {
    return readdirSync(path.join(root, "up"));
  } catch {
    return [];
  }
};
const leftovers = (): string[] => {
  try {
    return readdirSync(path.join(root, ".tmp"));
  } catch {
    return [];
  }
};
beforeEach(() => rmSync(path.join(root, "up"), { recursive: true, force: true }));

let n = 0;
const rule = (field: string, fields: Readonly<Record<string, string>>): FileRule | undefined =>
  field === "photo"
    ? {
        to: "store",
        maxBytes: Number(fields.max ?? 64 * 1024),
        allowed: ["image/png"],
        key: () => `up/${++n}.png`,
      }
    : field === "note"
      ? { to: "memory", maxBytes: 16 }
      : undefined;

const app = new Hono<AppEnv>();
app.use(async (c, next) => {
  c.set("deps", { files, config: { secret: "s".repeat(32), baseUrl: BASE } } as unknown as Deps);
  c.set("sessionId", "session-1");
  c.set("actor", null);
  c.set("flash", null);
  c.set("networkContext", null);
  await next();
});
app.use(negotiateLanguage());
app.use(limitBodies());
app.use(csrfProtection());
app.onError((err, c) =>
  err instanceof AppError ? c.json({ code: err.code }, err.status as 400) : c.json({ code: "boom" }, 500),
);
app.get("/token", (c) => c.text(c.get("csrfToken")()));
app.post("/upload", bodyLimit(1024 * 1024, { streamed: true }), async (c) => {
  const form = await readStreamedForm(c, rule);
  const keep = c.req.query("discard") === undefined;
  if (!keep) await form.discard();
  return c.json({
    fields: form.fields,
    stored: form.stored,
    problems: form.problems,
    memory: Object.fromEntries(
      Object.entries(form.inMemory).map(([k, v]) => [k, Buffer.from(v.bytes).toString()]),
    ),
  });
});
app.post("/large-form", bodyLimit(20 * 1024 * 1024), async (c) =>
  c.json({ size: (await readForm(c)).a?.length }),
);
app.post("/form", async (c) => c.json(await readForm(c)));

const token = async () => (await app.request("/token")).text();
const headers = { origin: BASE, "sec-fetch-site": "same-origin" };
const post = (url: string, body: BodyInit, extra: Record<string, string> = {}) =>
  app.request(url, { method: "POST", body, headers: { ...headers, ...extra } });

/** A form with its parts in the order given (FormData keeps the order of appends). */
function form(parts: [string, string | Blob][]): FormData {
  const fd = new FormData();
  for (const [k, v] of parts) fd.append(k, v);
  return fd;
}
const png = (bytes: Buffer = PNG) => new File([new Uint8Array(bytes)], "photo.png", { type: "image/png" });

describe("a streamed form", () => {
  it("stores a file sent after a valid token, with the type found in its bytes, and reads every field", async () => {
    const res = await post(
      "/upload",
      form([
        ["_csrf", await token()],
        ["title", "Foto\u0000 del lab"],
        ["photo", png()],
        ["note", new File(["ciao"], "note.txt")],
        ["after", "yes"],
      ]),
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.fields).toEqual({ title: "Foto del lab", after: "yes" });
    expect(body.stored.photo).toMatchObject({
      contentType: "image/png",
      size: PNG.byteLength,
      name: "photo.png",
    });
    expect(body.memory).toEqual({ note: "ciao" });
    const got = await files.get(body.stored.photo.key);
    expect(Buffer.from(got!.bytes).equals(PNG)).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  it("discard() removes what was stored (a form refused after reading)", async () => {
    const res = await post(
      "/upload?discard",
      form([
        ["_csrf", await token()],
        ["photo", png()],
      ]),
    );
    expect(res.status).toBe(200);
    expect(stored()).toEqual([]);
  });

  it("refuses a file sent before the token, and a wrong or missing token, storing nothing", async () => {
    const good = await token();
    for (const parts of [
      [
        ["photo", png()],
        ["_csrf", good],
      ],
      [
        ["_csrf", "forged"],
        ["photo", png()],
      ],
      [["photo", png()]],
      [["title", "no file, no token"]],
    ] as [string, string | Blob][][]) {
      const res = await post("/upload", form(parts));
      expect(res.status).toBe(403);
      expect((await res.json()).code).toBe("csrf-failed");
    }
    expect(stored()).toEqual([]);
  });

  it("refuses a cross-site post before reading it", async () => {
    const res = await post(
      "/upload",
      form([
        ["_csrf", await token()],
        ["photo", png()],
      ]),
      {
        "sec-fetch-site": "cross-site",
      },
    );
    expect(res.status).toBe(403);
    expect(stored()).toEqual([]);
  });

  it("reports a file over its limit or of the wrong type, keeps nothing of it, and reads on", async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(200 * 1024)]);
    const res = await post(
      "/upload",
      form([
        ["_csrf", await token()],
        ["max", String(100 * 1024)],
        ["photo", png(big)],
        ["note", new File(["x".repeat(1000)], "long.txt")],
        ["after", "still read"],
      ]),
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.problems).toEqual({ photo: { problem: "tooLarge", name: "photo.png" } });
    expect(body.stored).toEqual({});
    // A memory file keeps one byte over its limit, so its check can tell it was too large.
    expect(body.memory.note).toHaveLength(17);
    expect(body.fields.after).toBe("still read");
    expect(stored()).toEqual([]);
    expect(leftovers()).toEqual([]);

    const text = await post(
      "/upload",
      form([
        ["_csrf", await token()],
        ["photo", new File(["not a picture at all"], "photo.png", { type: "image/png" })],
        ["after", "read"],
      ]),
    );
    expect((await text.json()).problems).toEqual({ photo: { problem: "wrongType", name: "photo.png" } });
    const empty = await post(
      "/upload",
      form([
        ["_csrf", await token()],
        ["photo", new File([], "")],
      ]),
    );
    expect((await empty.json()).problems.photo.problem).toBe("empty");
    expect(stored()).toEqual([]);
  });

  it("answers 413 for a body over the route's limit, streamed or declared, keeping nothing", async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]);
    const fd = form([
      ["_csrf", await token()],
      ["max", String(10 * 1024 * 1024)],
      ["photo", png(big)],
    ]);
    // Without a length (chunked): counted as it streams, the partial file removed. (Sent from our
    // own stream: undici's FormData stream throws when the server stops reading it.)
    const encoded = new Response(fd);
    const bytes = new Uint8Array(await encoded.arrayBuffer());
    let at = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (at >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(at, at + 64 * 1024));
        at += 64 * 1024;
      },
    });
    const chunked = await app.request("/upload", {
      method: "POST",
      body: stream,
      duplex: "half",
      headers: { ...headers, "content-type": encoded.headers.get("content-type")! },
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(stored()).toEqual([]);
    expect(leftovers()).toEqual([]);
    // With one: refused on the header, before anything is read.
    const declared = await post("/upload", "x", {
      "content-type": "multipart/form-data; boundary=x",
      "content-length": String(2 * 1024 * 1024),
    });
    expect(declared.status).toBe(413);
  });
});

describe("body limits per route", () => {
  const urlencoded = (size: number) => `a=${"a".repeat(size)}`;
  const formHeaders = { "content-type": "application/x-www-form-urlencoded" };

  it("keeps 12 MB for a form on a route that declares nothing, chunked or with a length", async () => {
    const body = urlencoded(MAX_FORM_BYTES);
    const t = await token();
    expect((await post("/form", `_csrf=${t}&${body}`, formHeaders)).status).toBe(413);
    expect(
      (
        await post("/form", `_csrf=${t}&${body}`, {
          ...formHeaders,
          "content-length": String(body.length + 60),
        })
      ).status,
    ).toBe(413);
    expect((await post("/form", `_csrf=${t}&a=1`, formHeaders)).status).toBe(200);
  });

  it("lets a route declare a larger buffered limit", async () => {
    const body = `_csrf=${await token()}&${urlencoded(13 * 1024 * 1024)}`;
    const res = await post("/large-form", body, formHeaders);
    expect(res.status).toBe(200);
    expect((await res.json()).size).toBe(13 * 1024 * 1024);
  });

  it("reads a form without a file on a streamed route as usual, under the smaller of its limit and 12 MB", async () => {
    const ok = await post("/upload", `_csrf=${await token()}&title=Link`, formHeaders);
    expect(ok.status).toBe(200);
    expect((await ok.json()).fields).toEqual({ title: "Link" });
    expect((await post("/upload", `_csrf=forged&title=Link`, formHeaders)).status).toBe(403);
    const over = await post("/upload", `_csrf=${await token()}&${urlencoded(1024 * 1024)}`, formHeaders);
    expect(over.status).toBe(413);
  });
});
