// Factories for labs and meetings: valid records with overrides, written through the labs services
// as a trusted internal caller (SYSTEM), so any visibility can be built.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type ParsedMail, simpleParser } from "mailparser";
import { createLab, createMeeting, type Lab, type MeetingDraft } from "../../src/modules/labs/index.ts";
import { SYSTEM } from "../../src/platform/auth/index.ts";
import { jobsSettled } from "./jobs.ts";
import type { TestRuntime } from "./runtime.ts";

let seq = 0;

export async function buildLab(
  t: TestRuntime,
  networkId: string,
  o: Partial<{ title: string; visibility: "public" | "network" | "pa" | "participants" }> = {},
) {
  return createLab(t.deps, SYSTEM, networkId, {
    title: o.title ?? `Laboratorio di prova ${++seq}`,
    theme: "Prove",
    objectives: ["Provare"],
    subThemes: ["finanziamento"],
    visibility: o.visibility ?? "public",
  });
}

/** A meeting one week after the clock's now, 2 hours long, in Rome. */
export async function buildMeeting(t: TestRuntime, lab: Lab, o: Partial<MeetingDraft> = {}) {
  const start = new Date(t.clock.now().getTime() + 7 * 86_400_000);
  return createMeeting(t.deps, SYSTEM, lab, {
    title: `Incontro ${++seq}`,
    kind: "tematico",
    mode: "in-person",
    venue: "Sala consiliare",
    startsAt: start,
    endsAt: new Date(start.getTime() + 2 * 3_600_000),
    timeZone: "Europe/Rome",
    visibility: "public",
    ...o,
  });
}

/** Mail files (DATA_DIR/mail/*.eml, no SMTP_URL in tests) addressed to `email`, parsed, oldest first. */
export async function mailsTo(t: TestRuntime, email: string): Promise<ParsedMail[]> {
  // Mail leaves from jobs after the answer: read what has been sent once they are done.
  await jobsSettled(t);
  const dir = path.join(t.dataDir, "mail");
  if (!existsSync(dir)) return [];
  const out: ParsedMail[] = [];
  for (const f of readdirSync(dir).sort()) {
    const raw = readFileSync(path.join(dir, f));
    if (!raw.includes(email)) continue;
    const m = await simpleParser(raw);
    const to = Array.isArray(m.to) ? m.to : m.to ? [m.to] : [];
    if (to.some((a) => a.value.some((v) => v.address === email))) out.push(m);
  }
  return out;
}

/** Waits (real time, for the job queue) until `email` has at least `n` mails matching `subject`. */
export async function waitForMail(t: TestRuntime, email: string, subject: RegExp, n = 1, ms = 15_000) {
  const end = Date.now() + ms;
  for (;;) {
    const found = (await mailsTo(t, email)).filter((m) => subject.test(m.subject ?? ""));
    if (found.length >= n) return found;
    if (Date.now() > end) throw new Error(`no mail "${subject}" to ${email} within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
