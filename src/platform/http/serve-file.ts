// A stored file as an HTTP answer: the whole file, or the one byte range a player asks for (206 with
// Content-Range) read from the store as that range only (a directory file read from its offset, an S3
// GET with a Range header), 416 for a range outside the file, and HEAD with the headers alone (no
// stream opened). Several ranges in one request are answered with the whole file, as RFC 9110 allows.
import { Readable } from "node:stream";
import { notFound } from "../errors.ts";
import type { FileStore } from "../files/types.ts";
import type { Ctx } from "./context.ts";

/** The range a `Range` header asks of a file of `size` bytes: null for none (or one not understood),
 * "unsatisfiable" for one that cannot be served, else its first and last byte. */
export function parseRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | "unsatisfiable" | null {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? "");
  if (!m || (!m[1] && !m[2])) return null;
  let start: number;
  let end: number;
  if (!m[1]) {
    // A suffix: the last N bytes.
    const n = Number(m[2]);
    if (n === 0 || size === 0) return "unsatisfiable";
    start = Math.max(0, size - n);
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] ? Math.min(Number(m[2]), size - 1) : size - 1;
    if (m[2] && Number(m[2]) < start) return "unsatisfiable";
  }
  if (!Number.isSafeInteger(start) || start >= size || start > end) return "unsatisfiable";
  return { start, end };
}

/**
 * Answers `key` from `store` with `headers` (type, disposition, caching) and Accept-Ranges; a missing
 * object is a 404. Only the bytes answered are read.
 */
export async function serveFile(
  c: Ctx,
  store: FileStore,
  key: string,
  headers: Record<string, string>,
): Promise<Response> {
  const stat = await store.stat(key);
  if (!stat) throw notFound();
  for (const [k, v] of Object.entries(headers)) c.header(k, v);
  c.header("Accept-Ranges", "bytes");
  const size = stat.size;
  const range = parseRange(c.req.header("range"), size);
  if (range === "unsatisfiable") {
    c.header("Content-Range", `bytes */${size}`);
    return c.body(null, 416);
  }
  const { start, end } = range ?? { start: 0, end: size - 1 };
  const status = range ? 206 : 200;
  if (range) c.header("Content-Range", `bytes ${start}-${end}/${size}`);
  c.header("Content-Length", String(end - start + 1));
  if (c.req.method === "HEAD" || size === 0) return c.body(null, status);
  const stream = await store.getRange(key, start, end);
  if (!stream) throw notFound();
  // Pulled as the client reads; a client that goes away cancels it, which closes the file.
  return c.body(Readable.toWeb(stream) as ReadableStream<Uint8Array>, status);
}

/**
 * A Content-Disposition naming the file in `filename*` (RFC 6266, RFC 8187: UTF-8, percent-encoded,
 * with the few characters encodeURIComponent leaves that the grammar does not allow).
 */
export function contentDisposition(kind: "inline" | "attachment", name: string): string {
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename*=UTF-8''${encoded}`;
}
