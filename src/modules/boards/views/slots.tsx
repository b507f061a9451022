// What boards shows on other modules' pages (the manifest's slots): a lab's open sessions (and
// "start one here"), then its closed sessions and the practices they led to; a meeting's open and
// closed sessions.
import type { Ctx } from "../../../platform/http/context.ts";
import { LabPractices } from "./lab-practices.tsx";
import { BoardOutcomes } from "./outcomes-panel.tsx";
import { SessionsHere } from "./sessions-here.tsx";

export const labOutcomes = async (c: Ctx, labId: string) => (
  <>
    <SessionsHere c={c} labId={labId} />
    <BoardOutcomes c={c} labId={labId} />
    <LabPractices c={c} labId={labId} />
  </>
);

export const meetingOutcomes = async (c: Ctx, meetingId: string) => (
  <>
    <SessionsHere c={c} meetingId={meetingId} />
    <BoardOutcomes c={c} meetingId={meetingId} />
  </>
);
