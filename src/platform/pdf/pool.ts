// Renders tagged PDFs (tagged.ts) in worker threads, a few at a time (issue 11: a 1,200-note board
// summary held the event loop for 5.9 s, three at once degraded the whole server for 11.5 s).
// - Off the event loop: pdfkit runs in `render.worker.ts`; the main thread only posts the document
//   description and receives the bytes.
// - A concurrency limit: at most `threads` documents render at once (one per worker; default one,
//   two on a machine with four cores or more), so PDFs cannot take every core from pages and /live.
// - A bounded queue: beyond `maxQueue` waiting documents the pool refuses at once with a 503 and
//   Retry-After rather than let requests pile up behind minutes of rendering.
// Workers start on the first PDF and stop after a minute without work. They run TypeScript through
// the project's loader (bin/ts-loader.mjs, decision 0004), given to each worker explicitly: the
// server started with it (`npm start`), but a test runner's process (Vitest) did not.
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { AppError } from "../errors.ts";
import type { RenderReply } from "./render.worker.ts";
import type { TaggedPdf } from "./tagged.ts";

const LOADER = pathToFileURL(
  path.join(fileURLToPath(new URL("../../../", import.meta.url)), "bin/ts-loader.mjs"),
).href;
const ENTRY = new URL("./render.worker.ts", import.meta.url);
const IDLE_MS = 60_000;

/** All workers busy and the queue full: try again shortly. */
export const pdfBusy = (retryAfterSeconds: number) =>
  new AppError(503, "pdf-busy", "Too many documents are being prepared. Try again shortly.", [], {
    "Retry-After": String(retryAfterSeconds),
  });

type Job = { input: TaggedPdf; resolve: (b: Buffer) => void; reject: (e: Error) => void };
type Slot = { worker: Worker; job: Job | null; idle: NodeJS.Timeout | null };

export type PdfPoolOptions = { threads?: number; maxQueue?: number; retryAfterSeconds?: number };

export class PdfPool {
  readonly threads: number;
  readonly maxQueue: number;
  private readonly retryAfter: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  /** Documents rendered (or failed) since start, for tests and metrics. */
  renders = 0;

  constructor(o: PdfPoolOptions = {}) {
    this.threads = Math.max(1, o.threads ?? (availableParallelism() >= 4 ? 2 : 1));
    this.maxQueue = Math.max(0, o.maxQueue ?? 4);
    this.retryAfter = o.retryAfterSeconds ?? 10;
  }

  /** Renders in a worker; rejects with a 503 (pdfBusy) when the queue is full. */
  render(input: TaggedPdf): Promise<Buffer> {
    return new Promise<Buffer>((resolve, reject) => {
      const job = { input, resolve, reject };
      const free = this.freeSlot();
      if (free) return this.start(free, job);
      if (this.queue.length >= this.maxQueue) return reject(pdfBusy(this.retryAfter));
      this.queue.push(job);
    });
  }

  /** Documents waiting for a worker. */
  get waiting(): number {
    return this.queue.length;
  }

  /** Stops every worker (rejecting what they were doing and what waits). */
  async close(): Promise<void> {
    const gone = new Error("PDF pool closed");
    for (const j of this.queue.splice(0)) j.reject(gone);
    await Promise.all(this.slots.splice(0).map((s) => this.stop(s, gone)));
  }

  private freeSlot(): Slot | null {
    const idle = this.slots.find((s) => !s.job);
    if (idle) return idle;
    if (this.slots.length >= this.threads) return null;
    const slot: Slot = { worker: this.spawn(), job: null, idle: null };
    this.slots.push(slot);
    this.listen(slot);
    return slot;
  }

  private spawn(): Worker {
    const worker = new Worker(ENTRY, { execArgv: ["--import", LOADER] });
    // An idle worker must not keep the process alive (CLI commands, tests).
    worker.unref();
    return worker;
  }

  private listen(slot: Slot) {
    slot.worker.on("message", (m: RenderReply) => {
      const job = slot.job;
      slot.job = null;
      this.renders++;
      if (job) {
        if ("pdf" in m) job.resolve(Buffer.from(m.pdf.buffer, m.pdf.byteOffset, m.pdf.byteLength));
        else job.reject(new Error(`PDF rendering failed: ${m.error}`));
      }
      this.next(slot);
    });
    const fail = (err: Error) => {
      // The worker is gone (a crash, out of memory): its job fails, the slot is replaced on demand.
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      if (slot.idle) clearTimeout(slot.idle);
      slot.job?.reject(err);
      slot.job = null;
      const waiting = this.queue.shift();
      if (waiting) {
        const fresh = this.freeSlot();
        if (fresh) this.start(fresh, waiting);
        else this.queue.unshift(waiting);
      }
    };
    slot.worker.on("error", fail);
    slot.worker.on("exit", (code) => {
      if (this.slots.includes(slot)) fail(new Error(`PDF worker exited (${code})`));
    });
  }

  private start(slot: Slot, job: Job) {
    if (slot.idle) clearTimeout(slot.idle);
    slot.idle = null;
    slot.job = job;
    slot.worker.ref();
    slot.worker.postMessage({ id: ++this.nextId, input: job.input });
  }

  private next(slot: Slot) {
    const job = this.queue.shift();
    if (job) return this.start(slot, job);
    slot.worker.unref();
    slot.idle = setTimeout(() => {
      const i = this.slots.indexOf(slot);
      if (i >= 0 && !slot.job) {
        this.slots.splice(i, 1);
        void slot.worker.terminate();
      }
    }, IDLE_MS);
    slot.idle.unref();
  }

  private async stop(slot: Slot, err: Error) {
    if (slot.idle) clearTimeout(slot.idle);
    slot.job?.reject(err);
    slot.job = null;
    await slot.worker.terminate();
  }
}

/** The process's pool: PDFs of every module share its limit. */
export const pdfPool = new PdfPool();

/** Renders a tagged PDF off the event loop, within the process's limit (see the header). */
export const renderPdf = (input: TaggedPdf): Promise<Buffer> => pdfPool.render(input);
