// Board view, group phase: dragging a note onto a group submits that note's own "move to group"
// form (the same one keyboard users use), so both ways share one path to the server (over /live
// when connected: commands.ts).
export function dragToGroup(): void {
  let dragged = "";
  const groupAt = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLElement>(".board-visual [data-group-id]") : null;
  document.addEventListener("dragstart", (e) => {
    const li =
      e.target instanceof Element ? e.target.closest<HTMLElement>("[data-note-id][draggable=true]") : null;
    if (!li?.dataset.noteId) return;
    dragged = li.dataset.noteId;
    e.dataTransfer?.setData("text/plain", dragged);
  });
  document.addEventListener("dragover", (e) => {
    const g = groupAt(e.target);
    if (!g || !dragged) return;
    const select = document.getElementById(`move-${dragged}`);
    if (!select?.querySelector(`option[value="${g.dataset.groupId}"]`)) return;
    e.preventDefault();
    g.classList.add("board-drop");
  });
  document.addEventListener("dragleave", (e) => groupAt(e.target)?.classList.remove("board-drop"));
  document.addEventListener("drop", (e) => {
    const g = groupAt(e.target);
    if (!g || !dragged) return;
    e.preventDefault();
    g.classList.remove("board-drop");
    const select = document.getElementById(`move-${dragged}`) as HTMLSelectElement | null;
    const form = document.getElementById(`move-form-${dragged}`) as HTMLFormElement | null;
    dragged = "";
    if (!select || !form || !g.dataset.groupId) return;
    select.value = g.dataset.groupId;
    form.requestSubmit();
  });
  document.addEventListener("dragend", () => {
    dragged = "";
    for (const el of document.querySelectorAll(".board-drop")) el.classList.remove("board-drop");
  });
}
