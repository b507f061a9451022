// A practice's figures as data: an attachment that is a small CSV table (a header row, then one row
// per item: a label and a number) is shown on the practice page as a chart with the same figures in a
// table, and stays downloadable as open data. Labels that are all years make a time series, others
// bars. The check runs on upload (file-type cannot tell CSV from other text, so the content is parsed).
import { parse } from "csv-parse/sync";
import { unguardCell } from "../../../platform/csv.ts";
import { invalid } from "../../../platform/errors.ts";

export const FIGURES_MAX_BYTES = 64 * 1024;
export const FIGURES_MAX_ROWS = 50;

export type FiguresTable = {
  labelHeader: string;
  valueHeader: string;
  rows: { label: string; value: number }[];
  /** Every label is a year (four digits): the rows are a time series. */
  years: boolean;
};

/** A number as spreadsheets write it in CSV: no thousands separators, a point or comma before decimals. */
const NUMBER = /^-?\d{1,15}(?:[.,]\d{1,6})?$/;
const YEAR = /^\d{4}$/;

export const isCsvName = (filename: string) => /\.csv$/i.test(filename.trim());

/** The table of a CSV file, or null when it is not a figures table (any reason). */
export function parseFiguresCsv(bytes: Uint8Array): FiguresTable | null {
  if (!bytes.byteLength || bytes.byteLength > FIGURES_MAX_BYTES) return null;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return null;
  }
  // Italian spreadsheets write ";" between cells (the comma is their decimal separator).
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = firstLine.includes(";") && !firstLine.includes(",") ? ";" : ",";
  let records: string[][];
  try {
    records = parse(text, { delimiter, skip_empty_lines: true, trim: true }) as string[][];
  } catch {
    return null;
  }
  const [head, ...body] = records;
  if (head?.length !== 2 || !body.length || body.length > FIGURES_MAX_ROWS) return null;
  const cell = (s: string) => unguardCell(s).slice(0, 120);
  const rows: FiguresTable["rows"] = [];
  for (const r of body) {
    const label = r[0] ?? "";
    const value = unguardCell(r[1] ?? "");
    if (r.length !== 2 || !label || !NUMBER.test(value)) return null;
    rows.push({ label: cell(label), value: Number(value.replace(",", ".")) });
  }
  return {
    labelHeader: cell(head[0]!),
    valueHeader: cell(head[1]!),
    rows,
    years: rows.every((r) => YEAR.test(r.label)),
  };
}

/** The upload check for a CSV attachment: its MIME type, or a field error the form shows. */
export function checkFiguresCsv(bytes: Uint8Array): "text/csv" {
  if (!parseFiguresCsv(bytes)) throw invalid([{ field: "file", message: "practices.media.csvInvalid" }]);
  return "text/csv";
}
