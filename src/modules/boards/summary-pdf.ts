// The session summary as PDF, rendered off the event loop (src/platform/pdf/pool.ts) and once per
// content (issue 11). A summary depends on the session's state, which changes only with its event
// `seq`, and on who looks (a private collect, anonymity, hidden votes, the language): the key is the
// session, its `seq` and a hash of the document's description. People downloading the same file at
// the same moment share one render (the promise in flight); later ones get the cached bytes. A newer
// `seq` of a session drops that session's older files.
import { createHash } from "node:crypto";
import { renderPdf } from "../../platform/pdf/pool.ts";
import { type Fmt, summaryPdfDoc } from "./export.ts";
import type { SessionSummary } from "./outcomes.service.ts";

const MAX_FILES = 32;
const MAX_BYTES = 64 * 1024 * 1024;

const done = new Map<string, Buffer>();
const inFlight = new Map<string, Promise<Buffer>>();
let bytes = 0;

/** The summary's PDF bytes: from the cache, from a render in flight, or rendered now in a worker. */
export function summaryPdf(f: Fmt, s: SessionSummary, url: string): Promise<Buffer> {
  const doc = summaryPdfDoc(f, s, url);
  const session = s.session.id;
  const seq = Number(s.session.seq);
  const key = `${session}:${seq}:${createHash("sha256").update(JSON.stringify(doc)).digest("base64url")}`;
  const hit = done.get(key);
  if (hit) {
    // Most recently used last, so the oldest is dropped first.
    done.delete(key);
    done.set(key, hit);
    return Promise.resolve(hit);
  }
  const pending = inFlight.get(key);
  if (pending) return pending;
  const render = renderPdf(doc)
    .then((pdf) => {
      remember(key, session, seq, pdf);
      return pdf;
    })
    .finally(() => inFlight.delete(key));
  inFlight.set(key, render);
  return render;
}

function remember(key: string, session: string, seq: number, pdf: Buffer) {
  for (const k of [...done.keys()]) {
    const [sid, kseq] = k.split(":");
    if (sid !== session) continue;
    // A render that finished after a newer one of the same session is not worth keeping.
    if (Number(kseq) > seq) return;
    if (Number(kseq) < seq) drop(k);
  }
  done.set(key, pdf);
  bytes += pdf.length;
  while (done.size > MAX_FILES || bytes > MAX_BYTES) drop(done.keys().next().value as string);
}

function drop(key: string) {
  const b = done.get(key);
  if (!b) return;
  bytes -= b.length;
  done.delete(key);
}
