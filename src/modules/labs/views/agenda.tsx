// A meeting's agenda: kind, title, speaker and duration per item.
import type { FC } from "hono/jsx";
import type { T } from "../../../platform/i18n/index.ts";
import type { AgendaItem } from "../labs.types.ts";

export const AgendaList: FC<{ t: T; items: AgendaItem[] }> = ({ t, items }) =>
  items.length ? (
    <ul>
      {items.map((a) => (
        <li>
          <span class="fw-semibold">{t(`labs.agenda.kind.${a.kind}`)}:</span> {a.title}
          {a.speaker ? ` — ${a.speaker}` : ""}
          {a.durationMinutes ? ` (${t("labs.meetings.minutes", { n: a.durationMinutes })})` : ""}
        </li>
      ))}
    </ul>
  ) : null;
