// The polite live region (#board-announcer): one message at a time, each left long enough for
// screen readers to pick it up.
export function announcer(region: HTMLElement | null): (text: string) => void {
  const queue: string[] = [];
  let speaking = false;
  const next = () => {
    const text = queue.shift();
    if (text === undefined || !region) {
      speaking = false;
      return;
    }
    speaking = true;
    region.textContent = text;
    region.dataset.last = text;
    setTimeout(next, 1200);
  };
  return (text) => {
    if (!region || !text) return;
    queue.push(text);
    if (!speaking) next();
  };
}
