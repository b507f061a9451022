// Reopening a closed session without a page load: its form (views/board-reopen.tsx, a plain post
// to /boards/:id/reopen, which is not a board command) is sent with fetch; the server's
// `phase.changed` then redraws every open page, this one included. A refusal (the window has
// passed, someone reopened it first) or no connection: the form posts as it does without script,
// and the page that comes back says why.
export function reopenInPlace(connected: () => boolean): void {
  document.addEventListener("submit", (e) => {
    const form = e.target;
    if (!(form instanceof HTMLFormElement) || !/\/boards\/[^/]+\/reopen$/.test(form.action)) return;
    if (!connected() || form.dataset.sending === "yes") return;
    e.preventDefault();
    form.dataset.sending = "yes";
    form.setAttribute("aria-busy", "true");
    const body = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === "string") body.append(k, v);
    fetch(form.action, { method: "POST", body, credentials: "same-origin", redirect: "manual" })
      .then((res) => {
        // 303 back to the board (opaque to fetch with redirect: manual): reopened.
        if (res.type === "opaqueredirect" || res.ok) return;
        throw new Error(String(res.status));
      })
      .catch(() => form.submit())
      .finally(() => {
        delete form.dataset.sending;
        form.removeAttribute("aria-busy");
      });
  });
}
