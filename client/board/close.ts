// Closing the session from the board: "Close the session" opens the close page's question here, in
// a modal dialog (views/board-facilitator.tsx renders it, hidden); its confirmed form goes over
// /live like any command (commands.ts lets a confirmed `end` through). Escape or "No" closes the
// dialog and focus returns to the button that opened it. Where <dialog> is not supported, the link
// leads to the close page as it does without JavaScript.
export function closeInDialog(): void {
  document.addEventListener("click", (e) => {
    const target = e.target instanceof Element ? e.target : null;
    if (!target) return;
    const dialog = document.getElementById("close-dialog");
    if (target.closest("#end-form a") && dialog instanceof HTMLDialogElement && "showModal" in dialog) {
      e.preventDefault();
      dialog.showModal();
      return;
    }
    if (target.closest("[data-close-dialog]")) target.closest("dialog")?.close();
  });
}
