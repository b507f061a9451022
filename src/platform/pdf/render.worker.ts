// A worker thread that renders tagged PDFs (tagged.ts) for pool.ts, so that laying out a large
// document (seconds of CPU for a 1,200-note board summary) never blocks the server's event loop.
// One document at a time: the pool sends the next only after this one has answered.
import { parentPort } from "node:worker_threads";
import { renderTaggedPdf, type TaggedPdf } from "./tagged.ts";

export type RenderRequest = { id: number; input: TaggedPdf };
export type RenderReply = { id: number; pdf: Uint8Array } | { id: number; error: string };

parentPort?.on("message", async ({ id, input }: RenderRequest) => {
  try {
    const buf = await renderTaggedPdf(input);
    // A copy that owns its memory, handed over without another copy (pdfkit's chunks may share a pool).
    const pdf = new Uint8Array(buf);
    parentPort!.postMessage({ id, pdf } satisfies RenderReply, [pdf.buffer]);
  } catch (err) {
    parentPort!.postMessage({
      id,
      error: err instanceof Error ? err.message : String(err),
    } satisfies RenderReply);
  }
});
