// What the labs list says of each lab beside its title: its status and next meeting (from the
// meetings the viewer may see, so a PA-only meeting's date never shows to others) and its cover.
import type { Actor } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import { type Cover, coversOf } from "./cover.service.ts";
import { type LabStatus, labStatus, nextMeeting } from "./lab-status.ts";
import type { Lab } from "./labs.types.ts";
import { meetingsOfLabs } from "./meetings/repo.ts";
import { canSeeMeeting } from "./policy.ts";

export type LabOverview = {
  status: LabStatus | null;
  next: { title: string; slug: string; startsAt: Date; endsAt: Date; timeZone: string } | null;
  cover: Cover | null;
};

/** Lab id → its overview, for labs the viewer already may see; two queries whatever their number. */
export async function labsOverviewOf(
  deps: Deps,
  actor: Actor | null,
  labs: Lab[],
): Promise<Map<string, LabOverview>> {
  const now = deps.clock.now();
  const [rows, covers] = await Promise.all([
    meetingsOfLabs(
      deps.db,
      labs.map((l) => l.id),
    ),
    coversOf(deps, labs),
  ]);
  const out = new Map<string, LabOverview>();
  for (const lab of labs) {
    const seen = rows
      .filter((r) => r.lab_id === lab.id && canSeeMeeting(actor, lab, r))
      .map((r) => ({
        title: r.title,
        slug: r.slug,
        startsAt: r.starts_at,
        endsAt: r.ends_at,
        timeZone: r.time_zone,
        status: r.status,
      }));
    const next = nextMeeting(seen, now);
    out.set(lab.id, {
      status: labStatus(seen, now),
      next: next
        ? {
            title: next.title,
            slug: next.slug,
            startsAt: next.startsAt,
            endsAt: next.endsAt,
            timeZone: next.timeZone,
          }
        : null,
      cover: covers.get(lab.id) ?? null,
    });
  }
  return out;
}
