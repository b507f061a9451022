// Demo catalogue (demo.data.ts): 44 published practices across the five demo networks, in Italian
// and English, with publication dates spread over the past two years, and for a few of them a bar
// chart of their results (PNG, alt text with the figures) and a one-page PDF fact sheet, stored
// through the same checks as uploads.
import { crc32, deflateSync } from "node:zlib";
import type { Deps } from "../../platform/http/context.ts";
import { networkBySlug, organisationBySlug } from "../identity/index.ts";
import { DEMO_PRACTICES, type DemoPractice } from "./demo.data.ts";
import { storeMedia } from "./media.service.ts";
import { updatePracticeRow } from "./practices.repo.ts";
import { createPractice } from "./practices.service.ts";

const DAY = 86_400_000;

export async function seedPracticesDemo(deps: Deps): Promise<void> {
  const networks = new Map<string, string>();
  const orgs = new Map<string, string>();
  const now = deps.clock.now().getTime();
  for (const [i, d] of DEMO_PRACTICES.entries()) {
    if (!networks.has(d.network)) networks.set(d.network, (await networkBySlug(deps, d.network)).id);
    for (const slug of d.orgs) if (!orgs.has(slug)) orgs.set(slug, (await organisationBySlug(deps, slug)).id);
    const p = await createPractice(
      deps,
      inputOf(
        d,
        networks.get(d.network)!,
        d.orgs.map((s) => orgs.get(s)!),
      ),
      {
        status: "published",
      },
    );
    // Newest first in the list follows the order of the data: one practice every ~16 days.
    await updatePracticeRow(deps.db, p.id, { published_at: new Date(now - (i + 1) * 16 * DAY) });
    if (d.chart)
      await storeMedia(
        deps,
        p,
        {
          kind: "image",
          bytes: barChartPng(d.chart.points.map(([, v]) => v)),
          filename: `${p.slug}-chart.png`,
          title: d.chart.caption,
          alt: `${d.chart.caption}: ${d.chart.points.map(([k, v]) => `${k} ${v.toLocaleString(d.language)}`).join("; ")}`,
        },
        null,
      );
    if (d.pdf)
      await storeMedia(
        deps,
        p,
        {
          kind: "attachment",
          bytes: factSheetPdf(d),
          filename: `${p.slug}.pdf`,
          title: d.language === "it" ? "Scheda di sintesi (PDF)" : "Fact sheet (PDF)",
        },
        null,
      );
  }
}

function inputOf(d: DemoPractice, networkId: string, organisationIds: string[]) {
  return {
    title: d.title,
    summary: d.summary,
    language: d.language,
    place: d.place,
    country: d.country,
    startYear: d.years[0],
    endYear: d.years[1],
    themes: d.themes,
    problem: d.problem,
    solution: d.solution,
    results: d.results,
    resources: d.resources,
    transferability: d.transferability,
    lessons: d.lessons,
    website: d.website,
    contact: d.contact,
    networkId,
    organisationIds,
    visibility: d.visibility ?? "public",
  };
}

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
  const raw = new Uint8Array(height * (width * 3 + 1));
  for (let y = 0; y < height; y++)
    raw.set(px.subarray(y * width * 3, (y + 1) * width * 3), y * (width * 3 + 1) + 1);
  const chunk = (type: string, data: Uint8Array) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, "latin1");
    out.set(data, 8);
    out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", new Uint8Array()),
  ]);
}

/** A one-page PDF with the practice's title and summary (ASCII, Helvetica), valid enough for readers. */
export function factSheetPdf(d: Pick<DemoPractice, "title" | "summary" | "place">): Uint8Array {
  const ascii = (s: string) =>
    s
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[«»“”]/g, '"')
      .replace(/[’‘]/g, "'")
      .replace(/[–—]/g, "-")
      .replace(/[^\x20-\x7e]/g, " ")
      .replace(/[\\()]/g, (c) => `\\${c}`);
  const wrap = (s: string, n: number) => s.match(new RegExp(`.{1,${n}}(\\s|$)`, "g")) ?? [s];
  const lines = [
    ["F2", 16, ascii(d.title)],
    ["F1", 11, ascii(d.place)],
    ...wrap(ascii(d.summary), 90).map((l) => ["F1", 11, l.trim()] as const),
  ] as const;
  let y = 780;
  const text = lines
    .map(([f, size, l]) => {
      y -= size === 16 ? 0 : 18;
      return `BT /${f} ${size} Tf 56 ${y} Td (${l}) Tj ET`;
    })
    .join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>",
    `<< /Length ${Buffer.byteLength(text, "latin1")} >>\nstream\n${text}\nendstream`,
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  for (const [i, o] of objects.entries()) {
    offsets.push(Buffer.byteLength(pdf, "latin1"));
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  }
  const xref = Buffer.byteLength(pdf, "latin1");
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, "0")} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, "latin1");
}
