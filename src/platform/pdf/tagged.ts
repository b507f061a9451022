// Tagged, accessible PDF documents generated in process with pdfkit (docs/decisions/0006-pdfkit.md),
// without a browser. A caller describes the document as a list of blocks (headings, paragraphs,
// lists, key–value rows, links); this lays them out on A4 and writes the logical structure that
// screen readers follow: a /StructTreeRoot with one Document element whose children (H1, H2, P, L…)
// come in reading order, /MarkInfo /Marked true, the document language (/Lang) and its title shown
// as the window title (/DisplayDocTitle). Decoration (a frame, rules) is marked as an Artifact so
// assistive technology skips it. Fonts are Titillium Web from Bootstrap Italia, embedded and
// subset, so every character has a Unicode mapping (PDF/UA needs embedded fonts).
import path from "node:path";
import { fileURLToPath } from "node:url";

// pdfkit (with fontkit and its tables) costs ≈ 0.4 s of start-up; it is loaded on the first PDF.
const loadPdfkit = () => import("pdfkit");
let pdfkit: ReturnType<typeof loadPdfkit> | undefined;

const FONTS = path.join(
  fileURLToPath(new URL("../../../", import.meta.url)),
  "node_modules/bootstrap-italia/dist/fonts/Titillium_Web",
);
const REGULAR = path.join(FONTS, "titillium-web-v10-latin-ext_latin-regular.ttf");
const BOLD = path.join(FONTS, "titillium-web-v10-latin-ext_latin-700.ttf");
const SEMIBOLD = path.join(FONTS, "titillium-web-v10-latin-ext_latin-600.ttf");

export type PdfBlock =
  | { kind: "h1" | "h2" | "h3"; text: string }
  | { kind: "p"; text: string; size?: number; bold?: boolean; align?: "left" | "center" | "right" }
  | { kind: "list"; items: string[] }
  /** Label–value pairs (dates, venue, code): a two-column table with row headers. */
  | { kind: "fields"; rows: [label: string, value: string][] }
  /**
   * A data table: column headers (TH, scope Column) then rows of cells (TD); an optional caption.
   * Rows that do not fit move to a new page; a row is never split.
   */
  | { kind: "table"; caption?: string; headers: string[]; rows: string[][]; widths?: number[] }
  /** A paragraph that is a link: the text is shown, the URL is the annotation's target. */
  | { kind: "link"; text: string; url: string }
  | { kind: "space"; lines?: number };

export type TaggedPdf = {
  /** The document title, shown by viewers as the window title. */
  title: string;
  /** BCP 47 language of the content, e.g. "it-IT" or "en-GB". */
  lang: string;
  author?: string;
  subject?: string;
  keywords?: string;
  layout?: "portrait" | "landscape";
  /** Draws a decorative frame around the first page (an Artifact, not read aloud). */
  frame?: boolean;
  /** How headings and paragraphs are aligned unless a block says otherwise; default "left". */
  align?: "left" | "center";
  blocks: PdfBlock[];
};

const SIZES = { h1: 26, h2: 18, h3: 14, p: 12 } as const;
const MARGIN = 64;

/** Renders the document; resolves with the PDF bytes. */
export async function renderTaggedPdf(input: TaggedPdf): Promise<Buffer> {
  pdfkit ??= loadPdfkit();
  const { default: PDFDocument } = await pdfkit;
  const doc = new PDFDocument({
    size: "A4",
    layout: input.layout ?? "portrait",
    margin: MARGIN,
    pdfVersion: "1.7",
    // pdfkit supports "PDF/UA" (XMP pdfuaid:part 1); @types/pdfkit 0.17 lists only the PDF/A ones.
    subset: "PDF/UA" as unknown as PDFKit.Mixins.PDFSubsets,
    tagged: true,
    lang: input.lang,
    displayTitle: true,
    info: {
      Title: input.title,
      ...(input.author ? { Author: input.author } : {}),
      ...(input.subject ? { Subject: input.subject } : {}),
      ...(input.keywords ? { Keywords: input.keywords } : {}),
      Creator: "Bottega",
    },
    autoFirstPage: false,
  });
  doc.registerFont("regular", REGULAR);
  doc.registerFont("semibold", SEMIBOLD);
  doc.registerFont("bold", BOLD);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (b: Buffer) => chunks.push(b));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  doc.addPage();
  if (input.frame) drawFrame(doc);
  const root = doc.struct("Document");
  doc.addStructure(root);
  const width = doc.page.width - 2 * MARGIN;
  const align = input.align ?? "left";

  for (const block of input.blocks) {
    switch (block.kind) {
      case "h1":
      case "h2":
      case "h3": {
        const tag = block.kind.toUpperCase();
        doc.font(block.kind === "h3" ? "semibold" : "bold").fontSize(SIZES[block.kind]);
        doc.fillColor(block.kind === "h1" ? "#003366" : "#1a1a1a");
        doc.text(block.text, MARGIN, doc.y, { width, align, structParent: root, structType: tag });
        doc.moveDown(0.4);
        break;
      }
      case "p":
        doc
          .font(block.bold ? "bold" : "regular")
          .fontSize(block.size ?? SIZES.p)
          .fillColor("#1a1a1a");
        doc.text(block.text, MARGIN, doc.y, {
          width,
          align: block.align ?? align,
          structParent: root,
          structType: "P",
        });
        doc.moveDown(0.5);
        break;
      case "list":
        doc.font("regular").fontSize(SIZES.p).fillColor("#1a1a1a");
        {
          const list = doc.struct("L");
          root.add(list);
          doc.list(block.items, MARGIN + 12, doc.y, { width: width - 12, structParent: list });
          list.end();
        }
        doc.moveDown(0.5);
        break;
      case "fields":
        fieldsTable(doc, root, block.rows, width);
        break;
      case "table":
        dataTable(doc, root, block, width);
        break;
      case "link": {
        doc.font("regular").fontSize(SIZES.p).fillColor("#0066cc");
        const p = doc.struct("P");
        root.add(p);
        const link = doc.struct("Link", {}, () => {
          doc.text(block.text, MARGIN, doc.y, { width, align, link: block.url, underline: true });
        });
        p.add(link);
        link.end();
        p.end();
        doc.moveDown(0.5);
        break;
      }
      case "space":
        doc.moveDown(block.lines ?? 1);
        break;
    }
  }
  root.end();
  doc.end();
  return done;
}

/** Label–value rows as a table: each row a TR with a TH (scope Row) and a TD, centred as a block. */
function fieldsTable(
  doc: PDFKit.PDFDocument,
  root: PDFKit.PDFStructureElement,
  rows: [string, string][],
  width: number,
) {
  const table = doc.struct("Table");
  root.add(table);
  const labelWidth = Math.min(180, width / 3);
  const x = MARGIN + (width - labelWidth - 260) / 2;
  for (const [label, value] of rows) {
    const y = doc.y;
    const tr = doc.struct("TR");
    table.add(tr);
    const th = doc.struct("TH", {}, () => {
      doc.font("semibold").fontSize(SIZES.p).fillColor("#1a1a1a");
      doc.text(label, x, y, { width: labelWidth - 8, align: "right" });
    });
    // A row header (PDF/UA: TH with a Scope attribute); not in @types/pdfkit, present in pdfkit.
    (th as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.A = {
      O: "Table",
      Scope: "Row",
    };
    tr.add(th);
    th.end();
    const afterLabel = doc.y;
    const td = doc.struct("TD", {}, () => {
      doc.font("regular").fontSize(SIZES.p).fillColor("#1a1a1a");
      doc.text(value, x + labelWidth, y, { width: 260, align: "left" });
    });
    tr.add(td);
    td.end();
    tr.end();
    doc.y = Math.max(afterLabel, doc.y) + 4;
  }
  table.end();
  doc.x = MARGIN;
  doc.moveDown(0.5);
}

function drawFrame(doc: PDFKit.PDFDocument) {
  const { width, height } = doc.page;
  doc.markContent("Artifact", { type: "Layout" });
  doc
    .save()
    .lineWidth(3)
    .strokeColor("#003366")
    .rect(24, 24, width - 48, height - 48)
    .stroke();
  doc
    .lineWidth(0.75)
    .strokeColor("#6b8cae")
    .rect(32, 32, width - 64, height - 64)
    .stroke()
    .restore();
  doc.endMarkedContent();
}

/** A data table with column headers; each row is measured first and moved whole to a new page. */
function dataTable(
  doc: PDFKit.PDFDocument,
  root: PDFKit.PDFStructureElement,
  t: { caption?: string; headers: string[]; rows: string[][]; widths?: number[] },
  width: number,
) {
  const cols = Math.max(1, t.headers.length);
  const widths = t.widths?.length === cols ? t.widths : Array.from({ length: cols }, () => width / cols);
  const pad = 4;
  const table = doc.struct("Table");
  root.add(table);
  if (t.caption) {
    doc.font("semibold").fontSize(SIZES.p).fillColor("#1a1a1a");
    const caption = doc.struct("Caption", {}, () => {
      doc.text(t.caption!, MARGIN, doc.y, { width });
    });
    table.add(caption);
    caption.end();
  }
  const row = (cells: string[], header: boolean) => {
    doc.font(header ? "semibold" : "regular").fontSize(11);
    const height =
      Math.max(...cells.map((text, i) => doc.heightOfString(text || " ", { width: widths[i]! - 2 * pad }))) +
      2 * pad;
    if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
    const y = doc.y;
    const tr = doc.struct("TR");
    table.add(tr);
    let x = MARGIN;
    cells.forEach((text, i) => {
      const cell = doc.struct(header ? "TH" : "TD", {}, () => {
        doc.fillColor("#1a1a1a").text(text, x + pad, y + pad, { width: widths[i]! - 2 * pad });
      });
      if (header) {
        (cell as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.A = {
          O: "Table",
          Scope: "Column",
        };
      }
      tr.add(cell);
      cell.end();
      x += widths[i]!;
    });
    tr.end();
    doc.markContent("Artifact", { type: "Layout" });
    doc.save().lineWidth(0.5).strokeColor("#8a8a8a");
    doc
      .moveTo(MARGIN, y + height)
      .lineTo(MARGIN + width, y + height)
      .stroke()
      .restore();
    doc.endMarkedContent();
    doc.x = MARGIN;
    doc.y = y + height;
  };
  row(t.headers, true);
  for (const r of t.rows)
    row(
      Array.from({ length: cols }, (_, i) => r[i] ?? ""),
      false,
    );
  table.end();
  doc.moveDown(0.5);
}
