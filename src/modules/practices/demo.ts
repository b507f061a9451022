// Demo catalogue (demo.data.ts): 44 published practices across the five demo networks, in Italian
// and English, with publication dates spread over the past two years, and for a few of them a figures
// table of their results (a CSV attachment, which the practice page draws as a chart) and a one-page
// PDF fact sheet, stored through the same checks as uploads.
import { csvCell } from "../../platform/csv.ts";
import type { Deps } from "../../platform/deps.ts";
import { networkBySlug, organisationBySlug } from "../identity/index.ts";
import { updatePracticeRow } from "./catalogue/repo.ts";
import { createPractice } from "./catalogue/service.ts";
import { DEMO_PRACTICES, type DemoPractice } from "./demo.data.ts";
import { storeMedia } from "./media/service.ts";

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
          kind: "attachment",
          bytes: figuresCsv(d.chart.columns, d.chart.points),
          filename: `${p.slug}-figures.csv`,
          title: d.chart.caption,
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

/** A figures table as CSV (UTF-8, a header row, plain numbers). */
export function figuresCsv(columns: [string, string], points: [string, number][]): Uint8Array {
  const lines = [columns, ...points].map((cells) => cells.map((c) => csvCell(c)).join(","));
  return new TextEncoder().encode(`${lines.join("\r\n")}\r\n`);
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
