// Page slots: a named place in one module's page that other modules fill, so the page's module does
// not import their views (the lab page shows a session's outcomes without importing boards). The
// names and what each one is about are declared here; app/ installs the fills from the manifests.
import type { Child } from "hono/jsx";
import { bumpWriteVersion } from "../db/write-version.ts";
import type { Ctx } from "../http/context.ts";

/** Each slot and the subject its fills are rendered for. */
export type SlotSubjects = {
  /** The lab page, after its sections: what other modules hold about the lab. */
  "labs.lab.after-sections": { labId: string };
  /** The meeting page, after its details and before "add to calendar". */
  "labs.meeting.after-details": { meetingId: string };
  /**
   * The signed-in person's own area (/me): one section per module about what is theirs — meetings,
   * sessions, reports. Rendered for the actor of the request; `accountId` is theirs.
   */
  "identity.me.sections": { accountId: string };
  /** The header's account zone, before the person's name: the notifications' unread count. */
  "layout.header.account": { accountId: string };
  /**
   * The home page, in three places: `search` under the page's title (the catalogue's search box),
   * `personal` for the signed-in person (their next meeting, what waits for them; `accountId` is
   * theirs, null when signed out, and then nothing is shown there), `public` for what the network is
   * doing (practices, meetings, conferences, calls, networks). A fill returns null for a place it
   * has nothing for. `search` and `public` are the same for everyone (`accountId` null): the home
   * page keeps their markup per language until the next write (app/pages.tsx), so their fills show
   * public things only and read nothing of the request but its language.
   */
  "app.home.sections": { accountId: string | null; place: "search" | "personal" | "public" };
  /** A practice's page, after the practice itself and before related practices. */
  "practices.practice.after-article": { practiceId: string };
};

export type SlotName = keyof SlotSubjects;

export type SlotFill<S extends SlotName> = {
  /** Place among the slot's fills, smaller first. */
  order: number;
  /** The fill for this subject, or null to show nothing. */
  render(c: Ctx, subject: SlotSubjects[S]): Promise<Child | null>;
};

type AnyFill = { order: number; render(c: Ctx, subject: unknown): Promise<Child | null> };

const fills = new Map<SlotName, AnyFill[]>();

/** Called once by app/ with every manifest's fills. */
export function installSlotFills(list: readonly { [S in SlotName]?: SlotFill<S> }[]): void {
  fills.clear();
  // What was rendered from the previous fills (pages, shared parts) is stale.
  bumpWriteVersion();
  for (const slots of list) {
    for (const [name, fill] of Object.entries(slots) as [SlotName, AnyFill][]) {
      const mine = fills.get(name) ?? [];
      mine.push(fill);
      mine.sort((a, b) => a.order - b.order);
      fills.set(name, mine);
    }
  }
}

/**
 * What the fills of slot `name` render for `subject`, in order, leaving out those that had nothing:
 * for a page that shows a heading over the slot only when something is under it.
 */
export async function slotParts<S extends SlotName>(
  c: Ctx,
  name: S,
  subject: SlotSubjects[S],
): Promise<Child[]> {
  const mine = fills.get(name);
  if (!mine?.length) return [];
  const parts = await Promise.all(mine.map((f) => f.render(c, subject)));
  return parts.filter((p) => p !== null && p !== undefined);
}

/** Renders every fill of slot `name` for `subject`, in order; nothing when no module fills it. */
export async function Slot<S extends SlotName>(props: { c: Ctx; name: S; subject: SlotSubjects[S] }) {
  const parts = await slotParts(props.c, props.name, props.subject);
  if (!parts.length) return null;
  return <>{parts}</>;
}
