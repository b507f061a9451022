// Reading an import file as spreadsheets and scripts write it: CSV (`,` or `;`, detected from the
// header) or JSON Lines (one object per line; a JSON array, as the open-data export gives, is read
// too), in UTF-8 with or without BOM or in Windows-1252 (detected: bytes that are not valid UTF-8).
// The result is a list of raw records, each with its number (data records counted from 1) and, for
// CSV and JSON Lines, the line where it starts, or the reason it could not be read. Nothing here
// touches the database: import/service.ts validates and writes.
import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import { unguardCell } from "../../../platform/csv.ts";

export type Problem = { key: string; params?: Record<string, string | number>; field?: string };
export type RawRecord = {
  number: number;
  line?: number;
  fields?: Record<string, unknown>;
  problem?: Problem;
};
export type ImportFile = {
  format: "csv" | "jsonl" | "json";
  encoding: "utf-8" | "windows-1252";
  delimiter?: "," | ";";
  records: RawRecord[];
  /** A problem with the whole file (nothing can be imported). */
  fatal?: Problem;
};

export function decode(bytes: Uint8Array): { text: string; encoding: ImportFile["encoding"] } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), encoding: "utf-8" };
  } catch {
    return { text: iconv.decode(Buffer.from(body), "win1252"), encoding: "windows-1252" };
  }
}

/** `,` or `;`: whichever occurs more often outside quotes in the header line. */
export function detectDelimiter(text: string): "," | ";" {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "\n") break;
    else if (!quoted && ch === ",") commas++;
    else if (!quoted && ch === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

const newlines = (s: string) => (s.match(/\n/g) ?? []).length;

function readCsv(text: string): Pick<ImportFile, "records" | "delimiter" | "fatal"> {
  const delimiter = detectDelimiter(text);
  type Event = { record?: string[]; raw: string; lines: number; error?: string };
  const events: Event[] = [];
  parse(text, {
    delimiter,
    info: true,
    raw: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err) => {
      const e = err as unknown as { code?: string; lines?: number; raw?: string };
      events.push({ raw: e.raw ?? "", lines: e.lines ?? 0, error: e.code ?? "CSV_ERROR" });
    },
    on_record: (r, ctx) => {
      const { record, raw } = r as unknown as { record: string[]; raw: string };
      events.push({ record, raw, lines: ctx.lines });
      return null;
    },
  });
  // The line a record starts on: where it ends, less the line breaks inside it (skipped empty lines
  // before it are part of `raw` and are left out).
  const startLine = (e: Event) => e.lines - newlines(e.raw.replace(/^\n+/, "").replace(/\n$/, ""));
  const [header, ...rows] = events;
  if (!header?.record) return { delimiter, records: [], fatal: { key: "import.errors.noHeader" } };
  const keys = header.record.map((k) => k.trim());
  const records = rows.map((e, i): RawRecord => {
    const number = i + 1;
    const line = startLine(e);
    if (e.error)
      return {
        number,
        line,
        problem: {
          key: e.error === "CSV_QUOTE_NOT_CLOSED" ? "import.errors.quoteNotClosed" : "import.errors.csv",
          params: { code: e.error },
        },
      };
    const values = e.record!;
    if (values.length !== keys.length)
      return {
        number,
        line,
        problem: { key: "import.errors.fieldCount", params: { expected: keys.length, found: values.length } },
      };
    // Cells an export guarded against spreadsheet formulas (platform/csv.ts) come back as written.
    return { number, line, fields: Object.fromEntries(keys.map((k, j) => [k, unguardCell(values[j]!)])) };
  });
  return { delimiter, records };
}

function readJsonLines(text: string): ImportFile["records"] {
  const records: RawRecord[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!.trim();
    if (!l) continue;
    const number = records.length + 1;
    try {
      const v: unknown = JSON.parse(l);
      if (!v || typeof v !== "object" || Array.isArray(v))
        records.push({ number, line: i + 1, problem: { key: "import.errors.notObject" } });
      else records.push({ number, line: i + 1, fields: v as Record<string, unknown> });
    } catch {
      records.push({ number, line: i + 1, problem: { key: "import.errors.badJson" } });
    }
  }
  return records;
}

function readJsonArray(text: string): Pick<ImportFile, "records" | "fatal"> {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return { records: [], fatal: { key: "import.errors.badJsonFile" } };
  }
  if (!Array.isArray(v)) return { records: [], fatal: { key: "import.errors.badJsonFile" } };
  return {
    records: v.map((item, i) =>
      item && typeof item === "object" && !Array.isArray(item)
        ? { number: i + 1, fields: item as Record<string, unknown> }
        : { number: i + 1, problem: { key: "import.errors.notObject" } },
    ),
  };
}

/** Reads an import file of any supported kind; never throws for what a file contains. */
export function readImportFile(bytes: Uint8Array): ImportFile {
  const { text: raw, encoding } = decode(bytes);
  // One kind of line break: CSV line numbers then count as people see them.
  const text = raw.replace(/\r\n?/g, "\n");
  const first = text.trimStart()[0];
  if (first === undefined)
    return { format: "csv", encoding, records: [], fatal: { key: "import.errors.empty" } };
  if (first === "[") return { format: "json", encoding, ...readJsonArray(text) };
  if (first === "{") return { format: "jsonl", encoding, records: readJsonLines(text) };
  return { format: "csv", encoding, ...readCsv(text) };
}
