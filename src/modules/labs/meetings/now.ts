// A meeting as it is when an event about it is handled, with its lab: what its mails and notices say.
import type { Deps } from "../../../platform/deps.ts";
import { loadLab } from "../labs.service.ts";
import { complete } from "./complete.ts";
import { findMeetingById } from "./repo.ts";

/** The meeting as it is now (with agenda and counts unless `light`) and its lab; null when gone. */
export async function meetingNow(deps: Deps, meetingId: string, light = false) {
  const row = await findMeetingById(deps.db, meetingId);
  if (!row) return null;
  const [meeting] = await complete(deps, [row], light);
  return { row, meeting: meeting!, lab: await loadLab(deps, row.lab_id) };
}
