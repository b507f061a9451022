// A lab's programme as one viewer reads it: the meetings they may see, with their own registration,
// why registering is not possible now (the clock's reasons, then the PA reservation of decision 0052).
import type { Actor } from "../../../platform/auth/index.ts";
import type { Deps } from "../../../platform/deps.ts";
import type { Lab, Meeting } from "../labs.types.ts";
import { canRegisterFor } from "../policy.ts";
import { liveRegistrationsOf } from "../registrations/repo.ts";
import { type BlockKey, registrationBlock } from "../registrations/service.ts";
import { programmeOf } from "./service.ts";

export type ProgrammeRow = {
  meeting: Meeting;
  mine: { status: "confirmed" | "waitlisted" } | null;
  block: BlockKey | null;
  /** Reserved to public administrations, and this viewer is not a PA member of the network. */
  paOnly: boolean;
  signedIn: boolean;
  now: Date;
};

export async function programmeRows(deps: Deps, actor: Actor | null, lab: Lab): Promise<ProgrammeRow[]> {
  const meetings = await programmeOf(deps, actor, lab);
  const mine = actor
    ? await liveRegistrationsOf(
        deps.db,
        actor.id,
        meetings.map((m) => m.id),
      )
    : [];
  const now = deps.clock.now();
  return meetings.map((m) => {
    const r = mine.find((x) => x.meeting_id === m.id);
    return {
      meeting: m,
      mine: r ? { status: r.status === "confirmed" ? "confirmed" : "waitlisted" } : null,
      block: registrationBlock(
        {
          status: m.status,
          starts_at: m.startsAt,
          registration_opens_at: m.registrationOpensAt,
          registration_closes_at: m.registrationClosesAt,
        },
        now,
      ),
      paOnly: !canRegisterFor(actor, lab, m),
      signedIn: Boolean(actor),
      now,
    };
  });
}
