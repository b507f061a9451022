// Fewer queries when many requests ask at the same moment. A pool of ten connections serves every
// request's queries in arrival order: when hundreds of people open the same meeting at once (the
// registrations opening), each asking for the same lab and meeting rows and each for their own
// session, the queue of identical or one-row queries is what they wait for. Two tools:
//
// - `sharedRead`: callers asking for the same thing while a read of it is in flight get that read's
//   result instead of queueing a copy. A read that started before a write made in this process is
//   never shared after it (the write counter of render-cache.ts), so a person who has just changed
//   something and reloads sees the change. Results are shared objects: callers must not mutate them.
// - `batchLoader`: keys asked for while a load is in flight are loaded together by the next one,
//   with one query for all of them. With nothing else going on, a key is loaded at once: nobody
//   waits for a timer.
import { writeVersion } from "./write-version.ts";

type Flight = { version: number; promise: Promise<unknown> };
const flights = new WeakMap<object, Map<string, Flight>>();

/** `read()`, or the result of the same read (same `scope` and `key`) already in flight. */
export function sharedRead<T>(scope: object, key: string, read: () => Promise<T>): Promise<T> {
  const byKey = flights.get(scope) ?? new Map<string, Flight>();
  flights.set(scope, byKey);
  const version = writeVersion();
  const current = byKey.get(key);
  if (current && current.version === version) return current.promise as Promise<T>;
  const promise = read();
  const flight = { version, promise };
  byKey.set(key, flight);
  const clear = () => {
    if (byKey.get(key) === flight) byKey.delete(key);
  };
  promise.then(clear, clear);
  return promise;
}

type Pending<V> = { key: string; resolve(v: V | undefined): void; reject(err: unknown): void };

/**
 * A loader of values by key: `load(key)` resolves with the value (undefined when `run` has none).
 * While one `run` is in flight, the keys asked for wait and go to the next `run` together.
 */
export function batchLoader<V>(
  run: (keys: string[]) => Promise<Map<string, V>>,
  maxBatch = 200,
): (key: string) => Promise<V | undefined> {
  let loading = false;
  const waiting: Pending<V>[] = [];
  const drain = async () => {
    loading = true;
    try {
      while (waiting.length) {
        const batch = waiting.splice(0, maxBatch);
        try {
          const found = await run([...new Set(batch.map((p) => p.key))]);
          for (const p of batch) p.resolve(found.get(p.key));
        } catch (err) {
          for (const p of batch) p.reject(err);
        }
      }
    } finally {
      loading = false;
    }
  };
  return (key) =>
    new Promise<V | undefined>((resolve, reject) => {
      waiting.push({ key, resolve, reject });
      if (!loading) void drain();
    });
}
