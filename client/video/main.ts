// The video player's island (platform/media/cue-player.tsx): shows the speed <select> and applies it,
// highlights the transcript's current cue (aria-current) and seeks to a cue in place of following
// its link, and saves the playback position every 15 s while playing and on pause, as a form post
// with the page's CSRF token. Without it the page still plays, captions and links every cue.

const SAVE_EVERY_MS = 15_000;

function init(root: HTMLElement): void {
  const video = root.querySelector("video");
  if (!video) return;

  const wrap = root.querySelector<HTMLElement>("[data-speed-wrap]");
  const speed = root.querySelector<HTMLSelectElement>("[data-speed]");
  if (wrap && speed) {
    wrap.hidden = false;
    speed.addEventListener("change", () => {
      video.playbackRate = Number(speed.value) || 1;
    });
  }

  const list = root.querySelector<HTMLElement>(".cue-list");
  const cues = [...root.querySelectorAll<HTMLAnchorElement>("a[data-start]")].map((a) => ({
    a,
    start: Number(a.dataset.start),
    end: Number(a.dataset.end),
  }));
  for (const cue of cues)
    cue.a.addEventListener("click", (e) => {
      e.preventDefault();
      video.currentTime = cue.start;
    });
  let current: HTMLAnchorElement | null = null;
  video.addEventListener("timeupdate", () => {
    const now = video.currentTime;
    const hit = cues.find((cue) => cue.start <= now && now < cue.end)?.a ?? null;
    if (hit === current) return;
    current?.removeAttribute("aria-current");
    hit?.setAttribute("aria-current", "true");
    current = hit;
    // Keep the cue in sight inside the list, without scrolling the page.
    if (hit && list) {
      const top = hit.offsetTop - list.offsetTop;
      if (top < list.scrollTop || top > list.scrollTop + list.clientHeight - hit.offsetHeight)
        list.scrollTop = Math.max(0, top - list.clientHeight / 3);
    }
  });

  const url = root.dataset.positionUrl;
  const csrf = root.dataset.csrf;
  if (!url || !csrf) return;
  let saved = -1;
  const save = () => {
    const seconds = Math.floor(video.currentTime * 10) / 10;
    if (!Number.isFinite(seconds) || Math.abs(seconds - saved) < 0.5) return;
    saved = seconds;
    void fetch(url, {
      method: "POST",
      body: new URLSearchParams({ _csrf: csrf, seconds: String(seconds) }),
      credentials: "same-origin",
      keepalive: true,
    }).catch(() => undefined);
  };
  let timer: ReturnType<typeof setInterval> | undefined;
  video.addEventListener("play", () => {
    clearInterval(timer);
    timer = setInterval(save, SAVE_EVERY_MS);
  });
  video.addEventListener("pause", () => {
    clearInterval(timer);
    save();
  });
  window.addEventListener("pagehide", () => {
    if (!video.paused) save();
  });
}

for (const root of document.querySelectorAll<HTMLElement>("[data-cue-player]")) init(root);
