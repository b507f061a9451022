// Who is here, as initials in the board view's toolbar (as Parabol and Miro show the room): a circle
// per person up to eight, then "+N"; in an anonymous session only the number. Rendered by the
// server and again by the board's script on each `board.presence` (client/board/presence.ts). The
// circles are for the eye; the sentence beside them is what a screen reader hears.
import type { Translate } from "./types.ts";

const SHOWN = 8;

/** "Elena Conti" → "EC"; one word → its first letter. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? "?";
  const last = words.length > 1 ? (words.at(-1)?.[0] ?? "") : "";
  return (first + last).toLocaleUpperCase();
}

export function Faces({
  t,
  count,
  people,
}: {
  t: Translate;
  count: number;
  people: { name: string }[] | null;
}) {
  const shown = people?.slice(0, SHOWN) ?? [];
  const more = people ? people.length - shown.length : 0;
  return (
    <>
      <span class="board-face-row" aria-hidden="true">
        {shown.map((p) => (
          <span class="board-face" title={p.name}>
            {initials(p.name)}
          </span>
        ))}
        {more > 0 ? <span class="board-face board-face-more">+{more}</span> : null}
      </span>
      <span class={people ? "visually-hidden" : undefined}>
        {t("boards.presence.title", { n: count })}
        {people?.length ? `: ${people.map((p) => p.name).join(", ")}` : ""}
      </span>
    </>
  );
}
