// What boards shows on other modules' pages (the manifest's slots): a lab's closed sessions and the
// practices they led to, and a meeting's closed sessions.
import type { Ctx } from "../../../platform/http/context.ts";
import { LabPractices } from "./lab-practices.tsx";
import { BoardOutcomes } from "./outcomes-panel.tsx";

export const labOutcomes = async (c: Ctx, labId: string) => (
  <>
    <BoardOutcomes c={c} labId={labId} />
    <LabPractices c={c} labId={labId} />
  </>
);

export const meetingOutcomes = async (c: Ctx, meetingId: string) => (
  <BoardOutcomes c={c} meetingId={meetingId} />
);
