// Lab II's demo cover, drawn when the demo is loaded so the repository holds no binary picture: a
// classical façade (pediment, columns, steps: the cultural heritage the lab is about) in white over a
// blue-to-teal gradient with a faint grid of arches, rendered from SVG to PNG by sharp, then stored
// like any upload through the image pipeline (cover.service.ts → platform/images). Shapes only, no
// text: the picture needs no font installed, and its words are in its text alternative.

export const LAB_II_COVER_ALT =
  "Illustrazione di copertina del Lab II: la facciata stilizzata di un edificio storico con frontone, sei colonne e gradini, in bianco su uno sfondo che sfuma dal blu al verde acqua, con un leggero motivo di archi.";

const W = 1200;
const H = 400;

function facade(x: number, y: number): string {
  const width = 420;
  const columns = Array.from({ length: 6 }, (_, i) => {
    const cx = x + 30 + i * 68;
    return `<rect x="${cx}" y="${y + 110}" width="26" height="170" rx="3"/><rect x="${cx - 6}" y="${y + 104}" width="38" height="10" rx="2"/><rect x="${cx - 6}" y="${y + 278}" width="38" height="8" rx="2"/>`;
  }).join("");
  return `<g fill="#ffffff" fill-opacity="0.92">
    <polygon points="${x},${y + 80} ${x + width / 2},${y} ${x + width},${y + 80}"/>
    <rect x="${x}" y="${y + 84}" width="${width}" height="16" rx="2"/>
    ${columns}
    <rect x="${x - 10}" y="${y + 290}" width="${width + 20}" height="12" rx="2"/>
    <rect x="${x - 24}" y="${y + 306}" width="${width + 48}" height="12" rx="2"/>
    <rect x="${x - 38}" y="${y + 322}" width="${width + 76}" height="12" rx="2"/>
  </g>
  <polygon points="${x + 60},${y + 70} ${x + width / 2},${y + 22} ${x + width - 60},${y + 70}" fill="#0d5a8c" fill-opacity="0.55"/>`;
}

function arches(): string {
  const out: string[] = [];
  for (let row = 0; row < 4; row++)
    for (let col = 0; col < 9; col++) {
      const x = 20 + col * 70;
      const y = 30 + row * 95;
      out.push(`<path d="M${x} ${y + 70} v-40 a25 25 0 0 1 50 0 v40" fill="none"/>`);
    }
  return `<g stroke="#ffffff" stroke-opacity="0.12" stroke-width="3">${out.join("")}</g>`;
}

export function labIICoverSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#0b3d91"/>
      <stop offset="0.55" stop-color="#0a5f9e"/>
      <stop offset="1" stop-color="#0f7c7b"/>
    </linearGradient>
    <radialGradient id="glow" cx="0.72" cy="0.35" r="0.6">
      <stop offset="0" stop-color="#ffffff" stop-opacity="0.22"/>
      <stop offset="1" stop-color="#ffffff" stop-opacity="0"/>
    </radialGradient>
  </defs>
  <rect width="${W}" height="${H}" fill="url(#bg)"/>
  ${arches()}
  <rect width="${W}" height="${H}" fill="url(#glow)"/>
  ${facade(700, 40)}
</svg>`;
}

/** The cover as PNG bytes (sharp is loaded only here, when the demo is seeded). */
export async function labIICoverPng(): Promise<Buffer> {
  const { default: sharp } = await import("sharp");
  return sharp(Buffer.from(labIICoverSvg())).png().toBuffer();
}
