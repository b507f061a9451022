// What one /live client may ask of this process (docs/live-protocol.md, "Limits"). Without these a
// single connection could queue thousands of messages that all ran at once, each loading a board
// snapshot, and the whole server (its health check included) stopped answering for a minute.
//
// All counted in this process's memory, per connection or per account/guest: they guard this
// process's own work (a connection lives in exactly one process), so they need no shared store; with
// several processes behind a balancer one client could get each process's share.

export type LiveLimits = {
  /**
   * The token bucket of each account or guest, shared by its connections: up to `burst` tokens,
   * refilled at `perSecond`. Every message takes one token, or its type's cost
   * (`live.on(type, handler, { cost })`).
   */
  messages: { burst: number; perSecond: number };
  /** Messages accepted but not handled yet (one runs at a time): more are refused as over the rate. */
  queue: number;
  /** More than `refusals` messages refused for the rate within `windowMs` close the connection (1008). */
  abuse: { refusals: number; windowMs: number };
  /** Open subscriptions of one connection (modules enforce it for their own streams). */
  subscriptionsPerConnection: number;
  /** Open connections of one account (browser sessions and tickets together), in this process. */
  connectionsPerAccount: number;
  /** Open connections of one guest (one place in one resource), in this process. */
  connectionsPerGuest: number;
};

/** Production's limits. Tests pass others to attachLive (test/helpers/live.ts); nothing else does. */
export const DEFAULT_LIVE_LIMITS: LiveLimits = {
  messages: { burst: 40, perSecond: 20 },
  queue: 40,
  abuse: { refusals: 40, windowMs: 10_000 },
  subscriptionsPerConnection: 20,
  connectionsPerAccount: 20,
  connectionsPerGuest: 5,
};

/** A token bucket on a monotonic clock (performance.now), not the app's clock, which tests freeze. */
export class TokenBucket {
  private tokens: number;
  private at: number;

  constructor(
    private readonly rate: { burst: number; perSecond: number },
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = rate.burst;
    this.at = now();
  }

  private refill() {
    const now = this.now();
    this.tokens = Math.min(this.rate.burst, this.tokens + ((now - this.at) / 1000) * this.rate.perSecond);
    this.at = now;
  }

  /** True when at least `cost` tokens are there (nothing is taken). */
  has(cost = 1): boolean {
    this.refill();
    return this.tokens >= cost;
  }

  /** True when the bucket is as a new one would be (nothing to remember). */
  full(): boolean {
    return this.has(this.rate.burst);
  }

  /** Takes `cost` tokens if they are there; false (and nothing taken) otherwise. */
  take(cost = 1): boolean {
    if (!this.has(cost)) return false;
    this.tokens -= cost;
    return true;
  }
}

/** Counts refusals in fixed windows: true once a connection went over `abuse` (close it). */
export class AbuseCounter {
  private start = 0;
  private count = 0;

  constructor(
    private readonly abuse: { refusals: number; windowMs: number },
    private readonly now: () => number = () => performance.now(),
  ) {}

  refused(): boolean {
    const now = this.now();
    if (now - this.start >= this.abuse.windowMs) {
      this.start = now;
      this.count = 0;
    }
    return ++this.count > this.abuse.refusals;
  }
}
