// The inbox of one /live connection: why a flood from one client no longer stops the server.
//
// - Messages are handled one at a time, in the order they came: a connection never has more than
//   one handler running, so ten thousand `board.subscribe` become a queue, not ten thousand
//   snapshot reads competing with every other request for the database.
// - A token bucket per account or guest, shared by its connections (limits.ts), so that opening
//   more connections, or reconnecting, buys no more work: a message over the rate, or one that
//   finds the connection's queue full, is dropped unhandled and answered `rate-limited`.
// - A connection that keeps going over the rate (more than `abuse.refusals` refusals in
//   `abuse.windowMs`) is closed with 1008 and the rest of what it sent is ignored.

import { AppError } from "../errors.ts";
import type { Logger } from "../logger.ts";
import { AbuseCounter, type LiveLimits, type TokenBucket } from "./limits.ts";
import { ERROR_CODES, errorMessage, parseClientMessage } from "./protocol.ts";
import type { LiveConnection, LiveHandler } from "./types.ts";

export type HandlerEntry = { handler: LiveHandler; cost: number };

type Job = () => void | Promise<void>;

export function inbox(o: {
  conn: LiveConnection;
  limits: LiveLimits;
  /** The token bucket of the connection's account or guest (shared by its connections). */
  bucket: TokenBucket;
  handlers: ReadonlyMap<string, HandlerEntry>;
  log: Logger;
  /** Called once when the connection went over the abuse limit: close it. */
  onAbuse: () => void;
}) {
  const { conn, limits } = o;
  const { bucket } = o;
  const abuse = new AbuseCounter(limits.abuse);
  const queue: Job[] = [];
  let running = false;
  let ended = false;

  const end = () => {
    ended = true;
    queue.length = 0;
  };

  async function pump() {
    if (running) return;
    running = true;
    while (!ended && queue.length) {
      const job = queue.shift()!;
      try {
        await job();
      } catch (err) {
        o.log.error({ err }, "live message failed");
      }
    }
    running = false;
  }

  const enqueue = (job: Job) => {
    queue.push(job);
    void pump();
  };

  /**
   * A message over the rate: dropped, and counted towards closing. Its answer waits its turn like
   * any other, so answers keep the order of the messages; only with a full queue is it sent at once.
   */
  function overRate(ref?: unknown) {
    if (abuse.refused()) {
      end();
      o.onAbuse();
      return;
    }
    const answer = () =>
      conn.send(errorMessage(ERROR_CODES.rateLimited, "Too many messages: slow down.", ref));
    if (queue.length < limits.queue) enqueue(answer);
    else answer();
  }

  function receive(data: Buffer, isBinary: boolean) {
    if (ended) return;
    // Parsed before it is counted, only to echo its `ref`: at most 64 KB, and a client that keeps
    // sending over the rate is closed after `abuse.refusals` of them, so this work stays bounded.
    const parsed = isBinary ? null : parseClientMessage(data.toString());
    const ref = parsed?.ok ? parsed.message.ref : undefined;
    if (queue.length >= limits.queue || !bucket.take(1)) return overRate(ref);
    if (!parsed) {
      return enqueue(() =>
        conn.send(errorMessage(ERROR_CODES.binaryNotSupported, "Send JSON text messages.")),
      );
    }
    if (!parsed.ok) {
      const error = parsed.error;
      return enqueue(() => conn.send(error));
    }
    const msg = parsed.message;
    const entry = o.handlers.get(msg.type);
    // An expensive type (a board snapshot) takes the rest of its cost, or is refused (and its
    // first token stays spent, so that a refused expensive message is not free either).
    if (entry && entry.cost > 1 && !bucket.take(entry.cost - 1)) return overRate(msg.ref);
    if (!entry) {
      return enqueue(() =>
        conn.send(errorMessage(ERROR_CODES.unknownType, `Unknown message type: ${msg.type}.`, msg.ref)),
      );
    }
    enqueue(async () => {
      try {
        await entry.handler(conn, msg);
      } catch (err) {
        if (err instanceof AppError) return conn.send(errorMessage(err.code, err.message, msg.ref));
        o.log.error({ err, type: msg.type }, "live handler failed");
        conn.send(errorMessage(ERROR_CODES.internal, "Internal error.", msg.ref));
      }
    });
  }

  return { receive, end };
}
