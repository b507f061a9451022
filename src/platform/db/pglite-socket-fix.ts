// A correction to @electric-sql/pglite-socket 0.2.17 (pinned exactly in package.json).
//
// The socket server queues every protocol *message* on its own and serves the queue in arrival
// order, so one client's extended-query sequence (Parse, Bind, Describe, Execute, Sync) can be cut
// by another client's messages. PGlite has a single session, so client B's Parse replaces client
// A's unnamed statement between A's Parse and A's Bind: A gets "bind message supplies N parameters,
// but prepared statement requires M", or, worse, runs B's statement with A's parameters. The
// package already keeps a client's messages together while a transaction is open; this extends
// the same rule to "until the client's Sync (or simple Query)". A test in embedded.test.ts runs
// concurrent parameterised queries from several connections to prove it.
import type { PGLiteSocketServer } from "@electric-sql/pglite-socket";

type Item = {
  handlerId: number;
  message: Uint8Array;
  resolve(bytes: number): void;
  reject(err: unknown): void;
  onData(data: Uint8Array): void;
};

type Queue = {
  queue: Item[];
  processing: boolean;
  lastHandlerId: number | null;
  db: {
    isInTransaction(): boolean;
    runExclusive<T>(fn: () => Promise<T>): Promise<T>;
    execProtocolRawStream(m: Uint8Array, o: { onRawData(d: Uint8Array): void }): Promise<unknown>;
    exec(sql: string): Promise<unknown>;
  };
  processQueue(): Promise<void>;
  clearTransactionIfNeeded(handlerId: number): Promise<void>;
};

// Frontend message types that open or continue an extended-query sequence; Sync ('S') and a
// simple Query ('Q') end it. Startup messages begin with a zero length byte and match neither.
const EXTENDED = new Set(["P", "B", "D", "E", "C", "H", "F"].map((c) => c.charCodeAt(0)));
const ENDS = new Set(["S", "Q", "X"].map((c) => c.charCodeAt(0)));

export function keepSequencesTogether(server: PGLiteSocketServer): void {
  const q = (server as unknown as { queryQueue: Queue }).queryQueue;
  if (!q || typeof q.processQueue !== "function") {
    throw new Error("pglite-socket changed: re-check src/platform/db/pglite-socket-fix.ts before upgrading");
  }
  let midSequence = false;

  q.processQueue = async function processQueue(this: Queue) {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        let item: Item | undefined;
        if ((midSequence || this.db.isInTransaction()) && this.lastHandlerId !== null) {
          // Only the client holding the session may go on; wait for its next message.
          const i = this.queue.findIndex((x) => x.handlerId === this.lastHandlerId);
          if (i === -1) break;
          item = this.queue.splice(i, 1)[0];
        } else {
          item = this.queue.shift();
        }
        if (!item) break;
        const current = item;
        const type = current.message[0] ?? 0;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(current.message, {
              onRawData: (d) => {
                bytes += d.length;
                current.onData(d);
              },
            }),
          );
        } catch (err) {
          midSequence = false;
          current.reject(err);
          continue;
        }
        if (EXTENDED.has(type)) midSequence = true;
        else if (ENDS.has(type)) midSequence = false;
        this.lastHandlerId = current.handlerId;
        current.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  }.bind(q);

  const clear = q.clearTransactionIfNeeded.bind(q);
  q.clearTransactionIfNeeded = async (handlerId: number) => {
    // A client that disconnects mid-sequence must not hold the session for ever.
    if (midSequence && q.lastHandlerId === handlerId) {
      midSequence = false;
      q.lastHandlerId = null;
    }
    await clear(handlerId);
    await q.processQueue();
  };
}
