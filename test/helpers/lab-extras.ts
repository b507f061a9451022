// Factories for a lab's materials, cover, invitations and action plans, written through the labs
// services as a trusted internal caller (SYSTEM): a video material (with captions, transcript and
// consent), a cover image, a pending invitation, and a plan with one goal and one action.

import {
  addAction,
  addGoal,
  addMaterial,
  coverOf,
  createPlan,
  getPlan,
  inviteToLab,
  type Lab,
  updateCover,
} from "../../src/modules/labs/index.ts";
import { SYSTEM } from "../../src/platform/auth/index.ts";
import type { TestRuntime } from "./runtime.ts";

export const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
/** The start of a WebM file (EBML header, DocType "webm"): enough for the content check. */
export const WEBM = Buffer.from(
  "1a45dfa39f4286810142f7810142f2810442f381084282847765626d4287810442858102",
  "hex",
);
export const VTT = "WEBVTT\n\n00:00.000 --> 00:02.000\nBuongiorno a tutti.\n";

let seq = 0;

export async function buildLabExtras(t: TestRuntime, lab: Lab) {
  const n = ++seq;
  const video = await addMaterial(
    t.deps,
    SYSTEM,
    lab,
    {
      kind: "video",
      title: `Intervista ${n}`,
      description: "",
      file: { bytes: WEBM, name: "intervista.webm" },
      captions: { bytes: Buffer.from(VTT), name: "intervista.vtt" },
      transcript: "Buongiorno a tutti.",
      consent: true,
      consentBy: "Mario Bianchi",
    },
    "Prova",
  );
  await updateCover(t.deps, SYSTEM, lab, { image: PNG, alt: "Un pixel", remove: false });
  const cover = (await coverOf(t.deps, lab))!;
  const { token } = await inviteToLab(
    t.deps,
    SYSTEM,
    lab,
    { email: `invitato-${n}@example.org`, role: "member", organisationId: "" },
    "it",
    "Prova",
  );
  const summary = await createPlan(t.deps, SYSTEM, lab, { title: `Piano ${n}` });
  const goalId = await addGoal(t.deps, SYSTEM, lab, await plan(t, lab, summary.slug), { title: "Obiettivo" });
  const actionId = await addAction(t.deps, SYSTEM, lab, await plan(t, lab, summary.slug), goalId, {
    title: "Azione",
    status: "planned",
  });
  return {
    materialId: video.id,
    coverName: cover.url.split("/").pop()!,
    labInvitationToken: token,
    planSlug: summary.slug,
    goalId,
    actionId,
  };
}

const plan = (t: TestRuntime, lab: Lab, slug: string) => getPlan(t.deps, SYSTEM, lab, slug);
