// The subscription registry behind /live: sockets subscribe to named streams ("board:<id>", …) and
// server code publishes events to a stream. Every event gets the stream's next `seq`, so a client
// can tell whether it missed something (a gap) and ask the owning module for a fresh state.
//
// One process: an in-memory registry and counters. With REDIS_URL: events go through Redis pub/sub
// (one channel per stream) and `seq` comes from a Redis counter, so every process serving /live
// delivers the same events, in the same numbering, to its own sockets.
// `redis` is loaded only when REDIS_URL is set (in redisHub): importing it costs ≈ 0.3–0.5 s of
// start-up and ≈ 25 MB of memory that a single-process install never uses.
import type { Logger } from "../logger.ts";

/** What modules publish: a JSON object with a `type` (see docs/live-protocol.md). */
export type LiveEvent = { type: string } & Record<string, unknown>;

/** A socket as the hub needs it (ws's WebSocket fits). */
export type LiveSocket = { readonly readyState: number; send(data: string): void };

export type LiveHub = {
  /** Resolves once events published anywhere from now on will reach the socket. */
  subscribe(stream: string, socket: LiveSocket): Promise<void>;
  unsubscribe(stream: string, socket: LiveSocket): Promise<void>;
  /** Drops every subscription of a socket (on disconnect). */
  unsubscribeAll(socket: LiveSocket): Promise<void>;
  /**
   * Sends the event to every subscriber of the stream, in every process; answers its `seq`. `first`
   * (a subscriber in this process: the connection whose command made the event) gets it before the
   * others: in a room of 300 it is the one person waiting to see it, and would otherwise come last.
   */
  publish(stream: string, event: LiveEvent, opts?: { first?: LiveSocket }): Promise<number>;
  subscriberCount(stream: string): number;
  /**
   * A set shared by every process (the board's presence), each member kept `ttlMs` after it was
   * last added: its process re-adds it while it lasts, and the members of a process that stopped
   * re-adding them (a crash) expire without anyone removing them.
   */
  setAdd(key: string, members: string[], ttlMs: number): Promise<void>;
  setRemove(key: string, members: string[]): Promise<void>;
  /** The set's live members, and how many expired members this read dropped. */
  setMembers(key: string): Promise<{ members: string[]; expired: number }>;
  close(): Promise<void>;
};

const OPEN = 1;
const STREAM = /^[a-z0-9][a-z0-9:._-]{0,199}$/;

function checkStream(stream: string) {
  // Streams become Redis channel names and keys: keep them to a plain, bounded alphabet.
  if (!STREAM.test(stream)) throw new Error(`Invalid live stream name: ${stream}`);
}

/** The wire form of an event: the event's own fields, then the stream and seq (which win). */
export const frame = (stream: string, seq: number, event: LiveEvent) =>
  JSON.stringify({ ...event, stream, seq });

/** Local sockets per stream: the part both hub kinds share. */
class Registry {
  readonly streams = new Map<string, Set<LiveSocket>>();

  /**
   * Adds the socket; true when the stream had no local subscriber before. A socket that closed
   * while its subscription was being authorised is not added: its close handler already ran, so
   * nothing would ever remove it.
   */
  add(stream: string, socket: LiveSocket): boolean {
    if (socket.readyState !== OPEN) return false;
    let set = this.streams.get(stream);
    const first = !set;
    if (!set) {
      set = new Set();
      this.streams.set(stream, set);
    }
    set.add(socket);
    return first;
  }

  /** Removes the socket; true when the stream has no local subscriber left. */
  remove(stream: string, socket: LiveSocket): boolean {
    const set = this.streams.get(stream);
    if (!set?.delete(socket)) return false;
    if (set.size > 0) return false;
    this.streams.delete(stream);
    return true;
  }

  streamsOf(socket: LiveSocket): string[] {
    return [...this.streams].filter(([, set]) => set.has(socket)).map(([stream]) => stream);
  }

  deliver(stream: string, data: string, first?: LiveSocket) {
    const set = this.streams.get(stream);
    if (!set) return;
    const lead = first && set.has(first) ? first : undefined;
    if (lead?.readyState === OPEN) lead.send(data);
    for (const socket of set) {
      if (socket !== lead && socket.readyState === OPEN) socket.send(data);
    }
  }

  count(stream: string) {
    return this.streams.get(stream)?.size ?? 0;
  }
}

/** Expiring sets in this process (member → when it expires, in ms). */
function memorySets() {
  const sets = new Map<string, Map<string, number>>();
  return {
    async setAdd(key: string, members: string[], ttlMs: number) {
      checkStream(key);
      if (!members.length) return;
      let set = sets.get(key);
      if (!set) {
        set = new Map();
        sets.set(key, set);
      }
      for (const m of members) set.set(m, Date.now() + ttlMs);
    },
    async setRemove(key: string, members: string[]) {
      const set = sets.get(key);
      for (const m of members) set?.delete(m);
      if (set?.size === 0) sets.delete(key);
    },
    async setMembers(key: string) {
      const set = sets.get(key);
      const now = Date.now();
      let expired = 0;
      for (const [m, until] of set ?? []) {
        if (until > now) continue;
        set!.delete(m);
        expired++;
      }
      if (set?.size === 0) sets.delete(key);
      return { members: [...(set?.keys() ?? [])], expired };
    },
  };
}

export function memoryHub(): LiveHub {
  const registry = new Registry();
  const seqs = new Map<string, number>();
  return {
    ...memorySets(),
    async subscribe(stream, socket) {
      checkStream(stream);
      registry.add(stream, socket);
    },
    async unsubscribe(stream, socket) {
      registry.remove(stream, socket);
    },
    async unsubscribeAll(socket) {
      for (const stream of registry.streamsOf(socket)) registry.remove(stream, socket);
    },
    async publish(stream, event, opts) {
      checkStream(stream);
      const seq = (seqs.get(stream) ?? 0) + 1;
      seqs.set(stream, seq);
      registry.deliver(stream, frame(stream, seq, event), opts?.first);
      return seq;
    },
    subscriberCount: (stream) => registry.count(stream),
    async close() {
      registry.streams.clear();
    },
  };
}

// Numbering and publishing in one atomic step: with a separate INCR and PUBLISH, two processes
// publishing at once could send seq 2 before seq 1.
const PUBLISH_SCRIPT = `local seq = redis.call('INCR', KEYS[1])
redis.call('PUBLISH', ARGV[1], seq .. '\\n' .. ARGV[2])
return seq`;

// Expiring sets as sorted sets scored by each member's expiry, in Redis's own clock (TIME), so the
// processes' clocks need not agree. The key itself expires with its longest-lived member (its
// expiry is only ever pushed later), so an abandoned set does not stay in Redis.
const SET_ADD_SCRIPT = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ttl = tonumber(ARGV[1])
for i = 2, #ARGV do redis.call('ZADD', KEYS[1], now + ttl, ARGV[i]) end
if redis.call('PTTL', KEYS[1]) < ttl then redis.call('PEXPIRE', KEYS[1], ttl) end
return #ARGV - 1`;
const SET_MEMBERS_SCRIPT = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local expired = redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
return {expired, redis.call('ZRANGE', KEYS[1], 0, -1)}`;

/**
 * A hub over Redis. `prefix` namespaces channels and counters (tests use a random one so parallel
 * runs do not hear each other).
 */
export async function redisHub(url: string, log: Logger, prefix = "bottega:live:"): Promise<LiveHub> {
  const { createClient } = await import("redis");
  const pub = createClient({ url });
  const sub = pub.duplicate();
  // Without a listener a dropped connection would crash the process; the client reconnects itself.
  pub.on("error", (err) => log.warn({ err }, "redis (live publish) error"));
  sub.on("error", (err) => log.warn({ err }, "redis (live subscribe) error"));
  await Promise.all([pub.connect(), sub.connect()]);

  const registry = new Registry();
  // The pending SUBSCRIBE of each stream, so a second local subscriber waits for the same one.
  const ready = new Map<string, Promise<void>>();
  const channel = (stream: string) => `${prefix}events:${stream}`;
  // Events published here with a `first` subscriber, by their message body, until they come back.
  const firsts = new Map<string, LiveSocket>();

  // Messages are "<seq>\n<json {stream, event}>", built by PUBLISH_SCRIPT.
  const onMessage = (message: string) => {
    const nl = message.indexOf("\n");
    try {
      const seq = Number(message.slice(0, nl));
      const body = message.slice(nl + 1);
      const first = firsts.get(body);
      if (first) firsts.delete(body);
      const { stream, event } = JSON.parse(body) as { stream: string; event: LiveEvent };
      registry.deliver(stream, frame(stream, seq, event), first);
    } catch {
      log.warn({ message: message.slice(0, 200) }, "malformed live event from redis");
    }
  };

  const drop = async (stream: string, socket: LiveSocket) => {
    if (!registry.remove(stream, socket)) return;
    ready.delete(stream);
    await sub.unsubscribe(channel(stream));
  };

  return {
    async subscribe(stream, socket) {
      checkStream(stream);
      if (registry.add(stream, socket)) ready.set(stream, sub.subscribe(channel(stream), onMessage));
      await ready.get(stream);
    },
    unsubscribe: drop,
    async unsubscribeAll(socket) {
      await Promise.all(registry.streamsOf(socket).map((stream) => drop(stream, socket)));
    },
    async publish(stream, event, opts) {
      checkStream(stream);
      const body = JSON.stringify({ stream, event });
      if (opts?.first) {
        firsts.set(body, opts.first);
        // Not kept if the message never comes back (Redis lost it: the connections catch up).
        setTimeout(() => firsts.delete(body), 10_000).unref();
      }
      const seq = await pub.eval(PUBLISH_SCRIPT, {
        keys: [`${prefix}seq:${stream}`],
        arguments: [channel(stream), body],
      });
      return Number(seq);
    },
    subscriberCount: (stream) => registry.count(stream),
    async setAdd(key, members, ttlMs) {
      checkStream(key);
      if (!members.length) return;
      await pub.eval(SET_ADD_SCRIPT, {
        keys: [`${prefix}set:${key}`],
        arguments: [String(Math.max(1, Math.round(ttlMs))), ...members],
      });
    },
    async setRemove(key, members) {
      checkStream(key);
      if (members.length) await pub.zRem(`${prefix}set:${key}`, members);
    },
    async setMembers(key) {
      checkStream(key);
      const [expired, members] = (await pub.eval(SET_MEMBERS_SCRIPT, {
        keys: [`${prefix}set:${key}`],
      })) as [number, string[]];
      return { members, expired: Number(expired) };
    },
    async close() {
      registry.streams.clear();
      ready.clear();
      firsts.clear();
      await Promise.allSettled([sub.close(), pub.close()]);
    },
  };
}

/** The hub the configuration asks for. */
export function openHub(redisUrl: string | undefined, log: Logger): Promise<LiveHub> {
  return redisUrl ? redisHub(redisUrl, log) : Promise.resolve(memoryHub());
}
