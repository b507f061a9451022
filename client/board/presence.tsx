// "Who is here" (#board-presence, and the initials in the board view's toolbar), redrawn from each
// `board.presence` message.
import { render } from "hono/jsx/dom";
import { Faces } from "../../src/modules/boards/views/shared/faces.tsx";
import type { Translate } from "./i18n.ts";
import type { PresenceFrame } from "./protocol.ts";

export function showPresence(root: HTMLElement, m: PresenceFrame, t: Translate): void {
  const heading = document.getElementById("presence-heading");
  const box = document.getElementById("presence-people");
  if (!heading || !box) return;
  // Hidden by the server where it could not tell who is here: shown once we know.
  document.getElementById("board-presence")?.removeAttribute("hidden");
  heading.textContent = t("boards.presence.title", { n: m.count });
  let content: HTMLElement;
  if (!Array.isArray(m.people) || m.people.length === 0) {
    content = document.createElement("p");
    content.textContent = t(Array.isArray(m.people) ? "boards.presence.nobody" : "boards.presence.anonymous");
  } else {
    content = document.createElement("ul");
    content.className = "mb-1";
    for (const person of m.people) {
      const li = document.createElement("li");
      li.textContent = person.name;
      content.append(li);
    }
  }
  box.replaceChildren(content);
  const faces = document.getElementById("board-faces");
  if (faces)
    render(<Faces t={t} count={m.count} people={Array.isArray(m.people) ? m.people : null} />, faces);
  root.dataset.present = String(m.count);
}
