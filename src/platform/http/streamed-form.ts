// A multipart form read as a stream, for media routes (body-limit.ts `bodyLimit(n, { streamed: true })`):
// fields are collected, and each file goes, as it arrives, either to the file store (checked on its
// first bytes, limited as it streams, never held whole) or, for small ones (captions), into memory.
// Parser: @fastify/busboy (docs/decisions/0028-streaming-files.md); Hono's parseBody holds every
// file in memory.
//
// CSRF: the frame left this body unread, so `_csrf` is checked here. Our forms put it first; a file
// that arrives before a valid token is not stored, and the whole form is refused (403 `csrf-failed`).
import { PassThrough, Readable } from "node:stream";
import { finished, pipeline } from "node:stream/promises";
import type { BusboyFileStream } from "@fastify/busboy";
import { AppError } from "../errors.ts";
import { limitBytes, toReadable } from "../files/streams.ts";
import { type FileProblem, type FileRule, FileTooLargeError, type StreamedFile } from "../files/types.ts";
import { collectingAsItStreams } from "../memory.ts";
import { limitOf, streamsBody } from "./body-limit.ts";
import type { Ctx } from "./context.ts";
import { csrfTokenMatches } from "./csrf.ts";
import { readForm } from "./forms.ts";

export type { FileProblem, FileRule, StreamedFile };

export type StreamedForm = {
  /** The text fields (the last value of a repeated one; `_csrf` left out; NUL dropped, as readForm). */
  fields: Record<string, string>;
  stored: Record<string, StreamedFile>;
  /** Memory files: at most maxBytes + 1 bytes are kept, so a check can tell one that was too large. */
  inMemory: Record<string, { bytes: Uint8Array; name: string }>;
  /** Store files that were refused (and not stored). */
  problems: Record<string, { problem: FileProblem; name: string }>;
  /** Deletes every stored file: for a form refused after it was read. */
  discard(): Promise<void>;
};

/** Bytes looked at to tell a file's type (file-type reads a ZIP's first entries: ODT, DOCX). */
const SNIFF_BYTES = 64 * 1024;

const csrfRefused = () => new AppError(403, "csrf-failed", "The form's CSRF token is missing or wrong.");
const tooLarge = () => new AppError(413, "too-large", "The request body is too large.");

/**
 * Reads the posted form of a streamed route. `ruleFor(field, fieldsSoFar)` says what to do with a
 * file (undefined: skip it); it sees the fields sent before the file, so a form can say first what
 * kind of file follows. A form without a file (URL-encoded) is read as usual (its token was checked).
 */
export async function readStreamedForm(
  c: Ctx,
  ruleFor: (field: string, fields: Readonly<Record<string, string>>) => FileRule | undefined,
): Promise<StreamedForm> {
  const store = c.get("deps").files;
  const keys: string[] = [];
  const form: StreamedForm = {
    fields: Object.create(null),
    stored: Object.create(null),
    inMemory: Object.create(null),
    problems: Object.create(null),
    async discard() {
      for (const key of keys.splice(0)) await store.delete(key).catch(() => undefined);
    },
  };
  if (!streamsBody(c)) {
    const type = c.req.header("content-type")?.toLowerCase() ?? "";
    if (type.includes("multipart/form-data"))
      throw new Error("readStreamedForm needs bodyLimit(maxBytes, { streamed: true }) on its route");
    return { ...form, fields: await readForm(c) };
  }
  // On node-server, the socket's own stream (no web-stream round trip: less to allocate per chunk);
  // elsewhere (app.request in tests) the web Request's body.
  const incoming = (c.env as { incoming?: unknown } | undefined)?.incoming;
  const body = incoming instanceof Readable && !incoming.readableDidRead ? incoming : c.req.raw.body;
  if (!body) throw csrfRefused();

  let tokenOk = false;
  // A refusal (a wrong token, a field over its limit) reads on and drops the rest, so the browser gets
  // the answer rather than a reset connection; a failure (the store, the body over the route's limit)
  // stops at once.
  let refusal: AppError | undefined;
  let failure: unknown;
  const abort = new AbortController();
  const open = new Set<BusboyFileStream>();
  const tasks: Promise<void>[] = [];
  const fail = (err: unknown) => {
    if (failure !== undefined) return;
    failure = err;
    for (const f of open) f.destroy(err instanceof Error ? err : new Error(String(err)));
    abort.abort(err);
  };

  // Loaded by the first streamed form, not at start (idle RSS, decision 0030).
  const { Busboy } = await import("@fastify/busboy");
  const parser = Busboy({
    headers: { "content-type": c.req.header("content-type") ?? "" },
    limits: { fieldSize: 2 * 1024 * 1024, fields: 100, files: 10, parts: 120 },
  });
  parser.on("field", (name, value, _nameTruncated, valueTruncated) => {
    if (valueTruncated) refusal ??= tooLarge();
    if (name === "_csrf") tokenOk = csrfTokenMatches(c, value);
    else form.fields[name] = value.includes("\u0000") ? value.replaceAll("\u0000", "") : value;
  });
  const seen = new Set<string>();
  parser.on("file", (field, file, fileName) => {
    if (!tokenOk) refusal ??= csrfRefused();
    const rule = refusal || failure || seen.has(field) ? undefined : ruleFor(field, form.fields);
    if (!rule) {
      file.resume();
      return;
    }
    seen.add(field);
    open.add(file);
    // Its failures (the form given up, the body cut short) are the parser's or fail()'s to report;
    // without a listener, Node would throw them and never emit the 'close' the store waits for.
    file.on("error", () => undefined);
    const task = receive(file, rule, fileName ?? "")
      .then((got) => {
        if ("key" in got) {
          keys.push(got.key);
          form.stored[field] = got;
        } else if ("bytes" in got) form.inMemory[field] = got;
        else form.problems[field] = got;
      })
      .catch(fail)
      .finally(() => open.delete(file));
    tasks.push(task);
  });
  for (const limit of ["partsLimit", "filesLimit", "fieldsLimit"] as const)
    parser.on(limit, () => {
      refusal ??= tooLarge();
    });

  try {
    await pipeline(toReadable(body), limitBytes(limitOf(c).maxBytes), collectingAsItStreams(), parser, {
      signal: abort.signal,
    });
  } catch (err) {
    fail(err);
  }
  await Promise.all(tasks);
  if (!tokenOk) refusal ??= csrfRefused();
  if (failure !== undefined || refusal) {
    await form.discard();
    if (failure instanceof FileTooLargeError) throw tooLarge();
    throw failure ?? refusal;
  }
  return form;

  async function receive(
    file: BusboyFileStream,
    rule: FileRule,
    name: string,
  ): Promise<StreamedFile | { bytes: Uint8Array; name: string } | { problem: FileProblem; name: string }> {
    // Plain stream events and pipes rather than async iteration: a few hundred megabytes of chunks
    // would otherwise each cost several promises.
    if (rule.to === "memory") {
      const { head } = await take(file, rule.maxBytes + 1);
      await drain(file);
      return { bytes: Buffer.concat(head).subarray(0, rule.maxBytes + 1), name };
    }
    const { head, bytes, ended } = await take(file, SNIFF_BYTES);
    if (bytes === 0) return { problem: "empty", name };
    const sample = Buffer.concat(head, bytes);
    // Loaded on the first upload rather than at start-up.
    const { fileTypeFromBuffer } = await import("file-type");
    const mime = (await fileTypeFromBuffer(sample))?.mime;
    const problem: FileProblem | null =
      !mime || !rule.allowed.includes(mime) ? "wrongType" : bytes > rule.maxBytes ? "tooLarge" : null;
    if (problem || !mime) {
      await drain(file);
      return { problem: problem ?? "wrongType", name };
    }
    // The form may have been given up while the type was being found.
    if (!ended && file.destroyed) throw file.errored ?? new Error("The upload was interrupted.");
    const key = rule.key(mime);
    const source = new PassThrough();
    source.write(sample);
    if (ended) source.end();
    else {
      // A pipe does not pass on its source's end by failure (the form given up, the client gone).
      file.once("close", () => {
        if (!source.writableEnded) source.destroy(new Error("The upload was interrupted."));
      });
      file.pipe(source);
    }
    try {
      const { size } = await store.putStream(key, source, { maxBytes: rule.maxBytes, contentType: mime });
      return { key, contentType: mime, size, name };
    } catch (err) {
      if (!(err instanceof FileTooLargeError)) throw err;
      // The store stopped reading: the rest of the part is read and dropped, so the parser goes on.
      file.unpipe(source);
      await drain(file);
      return { problem: "tooLarge", name };
    }
  }
}

/** Reads a part's first `n` bytes (or all of it, if shorter), then pauses it. */
function take(file: Readable, n: number): Promise<{ head: Buffer[]; bytes: number; ended: boolean }> {
  return new Promise((resolve, reject) => {
    const head: Buffer[] = [];
    let bytes = 0;
    const done = (ended: boolean) => {
      file.off("data", onData).off("end", onEnd).off("error", reject).off("close", onClose);
      if (!ended) file.pause();
      resolve({ head, bytes, ended });
    };
    const onData = (chunk: Buffer) => {
      head.push(chunk);
      bytes += chunk.length;
      if (bytes >= n) done(false);
    };
    const onEnd = () => done(true);
    const onClose = () => {
      if (!file.readableEnded) reject(file.errored ?? new Error("The upload was interrupted."));
    };
    if (file.readableEnded) return resolve({ head, bytes, ended: true });
    file.on("data", onData).on("end", onEnd).on("error", reject).on("close", onClose);
  });
}

/** Reads the rest of a part and drops it. */
async function drain(file: Readable) {
  if (file.readableEnded) return;
  const ended = finished(file);
  file.resume();
  await ended;
}
