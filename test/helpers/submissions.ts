// Test helpers for "Report a project": walk the guided form as a browser without JavaScript would
// (each step posts the page's fields with its signed state, then "Send" on the check-answers page),
// and a valid report to start from.
import type { Client } from "./client.ts";
import type { TestRuntime } from "./runtime.ts";

/**
 * Runtime options for a test file that sends many reports from one address and one IP: the
 * per-IP and per-address limits raised out of the way (their own tests keep them).
 */
export const MANY_REPORTS = {
  limits: {
    submissionsPerIp: { max: 1000, windowSeconds: 3600 },
    submissionsPerEmail: { max: 1000, windowSeconds: 3600 },
  },
};

export const REPORT = {
  project: {
    title: "Biblioteca diffusa nei Castelli Romani",
    summary: "Prestiti e letture nei bar e nelle piazze di nove comuni.",
    organisation: "Sistema bibliotecario Castelli Romani",
    place: "Frascati",
    country: "IT",
    language: "it",
    startYear: "2021",
    endYear: "",
    themes: "libraries,participation",
    networkId: "",
  },
  approach: {
    problem: "Le biblioteche erano lontane da chi non le frequentava.",
    solution: "Punti prestito nei luoghi di tutti i giorni.",
    resources: "",
  },
  results: { results: "Tremila prestiti nel primo anno.", transferability: "", lessons: "", website: "" },
  you: {
    name: "Anna Bianchi",
    email: "anna.bianchi@example.org",
    contact: "",
    consentPublication: "on",
    consentContact: "on",
  },
};

export type Report = {
  project: Record<string, string>;
  approach: Record<string, string>;
  results: Record<string, string>;
  you: Record<string, string>;
};

export const field = (html: string, name: string) =>
  new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? "";

/** Posts one step of the form shown in `html`; returns the answer and its text. */
export async function postStep(c: Client, html: string, fields: Record<string, string>, nav = "next") {
  const body = new URLSearchParams({
    _csrf: field(html, "_csrf"),
    state: field(html, "state"),
    step: field(html, "step"),
    nav,
  });
  for (const [k, v] of Object.entries(fields)) {
    // Themes are checkboxes: one key per ticked box, as a browser sends them.
    if (k === "themes") for (const th of v.split(",").filter(Boolean)) body.append("themes", th);
    else if (!(k.startsWith("consent") && v === "")) body.set(k, v);
  }
  const res = await c.request("/practices/new", {
    method: "POST",
    body,
    headers: { origin: "http://localhost:3000", "sec-fetch-site": "same-origin" },
  });
  return { res, html: await res.text() };
}

export type Upload = { bytes: Uint8Array; name: string; type: string };

/**
 * Posts a step of the form shown in `html` as multipart, with files, as a browser does for the
 * results step (`path`: the report form, or an edit page whose form carries its own fields).
 */
export async function postFiles(
  c: Client,
  html: string,
  fields: Record<string, string>,
  files: Record<string, Upload>,
  nav = "next",
  path = "/practices/new",
) {
  const fd = new FormData();
  for (const k of ["_csrf", "state", "step", "token"]) {
    const v = field(html, k);
    if (v) fd.set(k, v);
  }
  fd.set("nav", nav);
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  for (const [k, f] of Object.entries(files))
    fd.set(k, new File([Buffer.from(f.bytes)], f.name, { type: f.type }));
  const res = await c.request(path, {
    method: "POST",
    body: fd,
    headers: { origin: "http://localhost:3000", "sec-fetch-site": "same-origin" },
  });
  return { res, html: await res.text() };
}

/** A small valid PDF, padded to `bytes` with a comment when asked. */
export const pdf = (bytes = 0) => {
  const base = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
  return Buffer.from(base + (bytes > base.length ? `%${" ".repeat(bytes - base.length - 1)}` : ""));
};

/** Fills the four steps up to the check-answers page (its answer: 200 with that page, or the failing step). */
export async function fillToCheck(c: Client, r: Report = REPORT, start = "/practices/new") {
  let html = await (await c.get(start)).text();
  let out = { res: new Response(null), html };
  for (const step of [r.project, r.approach, r.results, r.you]) {
    out = await postStep(c, html, step);
    if (out.res.status !== 200) return out;
    html = out.html;
  }
  return out;
}

/**
 * Fills the four steps, then presses "Send" on the check-answers page; the clock moves past the
 * minimum fill time first. Returns the last answer (303 to the thank-you page when sent).
 */
export async function fillAndSend(t: TestRuntime, c: Client, r: Report = REPORT, start = "/practices/new") {
  const out = await fillToCheck(c, r, start);
  if (out.res.status !== 200 || field(out.html, "step") !== "4") return out;
  (t.clock as unknown as { advance(ms: number): void }).advance(10_000);
  return postStep(c, out.html, {}, "send");
}
