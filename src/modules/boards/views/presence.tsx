// "Chi è qui (N)" on a session's page, in the list view and the board view alike: the names of the
// people who have the session open (presence.ts), or only their number in an anonymous session.
// the board script (client/board) redraws #presence-heading and #presence-people from `board.presence` messages.
// Not a live region: in a session of 300 people, arrivals and departures would drown the rest.
import type { FC } from "hono/jsx";
import type { T } from "../../../platform/i18n/index.ts";
import type { PresenceView } from "../presence.ts";
import "../messages.presence.ts";

export const WhoIsHere: FC<{ t: T; presence: PresenceView | null }> = ({ t, presence }) => (
  // Where this process cannot tell who is here, nothing is shown until the board script hears it on /live.
  <section id="board-presence" aria-labelledby="presence-heading" class="mb-3" hidden={!presence}>
    <h3 id="presence-heading" class="h5">
      {presence ? t("boards.presence.title", { n: presence.count }) : t("boards.presence.titleUnknown")}
    </h3>
    <div id="presence-people">
      {!presence ? null : presence.people === null ? (
        <p>{t("boards.presence.anonymous")}</p>
      ) : presence.people.length === 0 ? (
        <p>{t("boards.presence.nobody")}</p>
      ) : (
        <ul class="mb-1">
          {presence.people.map((p) => (
            <li>{p.name}</li>
          ))}
        </ul>
      )}
    </div>
  </section>
);
