// Stream pieces both stores share: a web or Node source as a Node stream, a byte counter that stops a
// stream at its limit, and the check of a range's bounds.
import { Readable, Transform } from "node:stream";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import { FileTooLargeError, type Source } from "./types.ts";

export function toReadable(source: Source): Readable {
  return source instanceof Readable ? source : Readable.fromWeb(source as NodeWebStream<Uint8Array>);
}

/** Passes bytes through until more than `maxBytes` have come, then fails with FileTooLargeError. */
export function limitBytes(maxBytes: number): Transform & { bytes(): number } {
  let seen = 0;
  const t = new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      if (seen > maxBytes) done(new FileTooLargeError(maxBytes));
      else done(null, chunk);
    },
  });
  return Object.assign(t, { bytes: () => seen });
}

/** Throws unless 0 ≤ start ≤ end are whole numbers: a store is never asked for a reversed range. */
export function checkRange(start: number, end: number) {
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start)
    throw new RangeError(`Invalid byte range ${start}-${end}`);
}
