// Large uploads ask V8 to collect the chunks they have written (docs/decisions/0036-uploads-collect-their-chunks.md).
// Each chunk the socket reads is a Buffer whose bytes live outside V8's heap; once written to the
// store it is garbage, but V8 only collects when its young generation fills (up to 128 MB on a large
// machine) or when external memory has grown by about 64 MB. A 300 MB upload would hold +65 to
// +106 MB of written chunks. Asking for a young-generation collection (a scavenge, about a millisecond
// with little alive) every few megabytes of a large body keeps the dead chunks to those few
// megabytes. Only uploads pay it: a page render never crosses the threshold.
import { Transform } from "node:stream";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

type Gc = (options?: { type?: "minor" | "major"; execution?: "sync" | "async" }) => void;

let gc: Gc | null | undefined;

/**
 * V8's `gc` function, without starting Node with --expose-gc: the flag set at run time applies to
 * contexts created after it, so a fresh context hands the function over (as Jest's leak detector
 * does). The flag is then unset again; `globalThis` of the application is unchanged. Null when the
 * runtime refuses (then uploads run as before, only with more memory).
 */
function v8Gc(): Gc | null {
  if (gc !== undefined) return gc;
  const exposed = (globalThis as { gc?: Gc }).gc;
  if (typeof exposed === "function") {
    gc = exposed;
    return gc;
  }
  try {
    setFlagsFromString("--expose-gc");
    const fn = runInNewContext("gc") as unknown;
    gc = typeof fn === "function" ? (fn as Gc) : null;
  } catch {
    gc = null;
  } finally {
    setFlagsFromString("--no-expose-gc");
  }
  return gc;
}

/** Bytes between two collections: the dead chunks an upload may leave waiting. */
export const COLLECT_EVERY_BYTES = 8 * 1024 * 1024;

/**
 * A pass-through for a request body that asks V8 for a young-generation collection each time
 * `every` more bytes have passed. Bodies smaller than `every` never trigger one.
 */
export function collectingAsItStreams(every = COLLECT_EVERY_BYTES): Transform {
  let since = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      since += chunk.length;
      if (since >= every) {
        since = 0;
        v8Gc()?.({ type: "minor" });
      }
      done(null, chunk);
    },
  });
}
