// What a person sees as broken on a page, measured in the browser: the page wider than the window,
// an element of main sticking out on the right (outside a scrolling table), and a floating form label
// (Bootstrap Italia draws text-field and select labels over the top of their field) lying on other
// text — a heading, a paragraph, a hint. A label box grazing its neighbour by a few pixels of line
// height is how the design system places it; more than 12 px of overlap is text on text.
import type { Page } from "playwright-core";

export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const text = (el: Element) => (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth > width + 1)
      out.push(`page ${document.documentElement.scrollWidth} px wide in a ${width} px window`);
    for (const el of document.querySelectorAll("main *")) {
      if (el.closest(".visually-hidden, .table-responsive")) continue;
      const r = el.getBoundingClientRect();
      if (r.width && r.right > width + 1)
        out.push(`<${el.tagName.toLowerCase()}> "${text(el)}" ends at ${r.right}`);
    }
    const labels = document.querySelectorAll("main .select-wrapper > label, main .form-group > label");
    const others = [
      ...document.querySelectorAll(
        "main :is(h1, h2, h3, h4, h5, h6, p, legend, small, .alert, button, li, dt, dd, label)",
      ),
    ];
    for (const label of labels) {
      const a = label.getBoundingClientRect();
      if (!a.width || label.closest(".visually-hidden")) continue;
      for (const o of others) {
        if (o === label || o.contains(label) || label.contains(o)) continue;
        const b = o.getBoundingClientRect();
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 2 && h > 12)
          out.push(
            `label "${text(label)}" lies on <${o.tagName.toLowerCase()}> "${text(o)}" (${Math.round(h)} px)`,
          );
      }
    }
    return out;
  });
}
