// A small PNG bar chart drawn without libraries: a real image wherever a test needs one (uploads,
// speakers' photos). The demo's result charts are figures tables drawn by platform/ui/charts now.
import { rgbPng } from "../../../platform/png.ts";

/** A 720×360 PNG bar chart (Bootstrap Italia blue bars on a light grid), drawn without libraries. */
export function barChartPng(values: number[], width = 720, height = 360): Uint8Array {
  const px = new Uint8Array(width * height * 3).fill(255);
  const set = (x: number, y: number, [r, g, b]: [number, number, number]) => {
    const o = (y * width + x) * 3;
    px[o] = r;
    px[o + 1] = g;
    px[o + 2] = b;
  };
  const pad = 40;
  for (let k = 0; k <= 4; k++) {
    const y = pad + Math.round(((height - 2 * pad) * k) / 4);
    for (let x = pad; x < width - pad; x++) set(x, y, [214, 220, 226]);
  }
  const max = Math.max(1, ...values);
  const slot = (width - 2 * pad) / Math.max(1, values.length);
  for (const [i, v] of values.entries()) {
    const h = Math.round(((height - 2 * pad) * v) / max);
    const x0 = Math.round(pad + i * slot + slot * 0.2);
    const x1 = Math.round(pad + (i + 1) * slot - slot * 0.2);
    for (let y = height - pad - h; y < height - pad; y++)
      for (let x = x0; x < x1; x++) set(x, y, [0, 102, 204]);
  }
  return rgbPng(width, height, px);
}
