// Factories for labs and meetings: valid records with overrides, written through the labs services
// as a trusted internal caller (SYSTEM), so any visibility can be built.
import { createLab, createMeeting, SYSTEM } from "../../src/modules/labs/index.ts";
import type { Lab } from "../../src/modules/labs/labs.types.ts";
import type { MeetingDraft } from "../../src/modules/labs/schema.ts";
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
