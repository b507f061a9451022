// Identifiers: UUID v7 made by the application (PostgreSQL 15 has no uuidv7()), and random tokens.
import { createHash, randomBytes, randomFillSync } from "node:crypto";
import { v7 } from "uuid";

// Random bytes for ids and short codes come from a pool refilled from the kernel's CSPRNG 4 KiB at a
// time, as Node's own randomUUID does. uuid's v7 asks webcrypto for 16 fresh bytes per id: a system
// call and argument checks each time, ≈ 5 % of the CPU of a burst of registrations (each makes an
// id and a code). Bytes are handed out once and never reused.
const pool = Buffer.allocUnsafe(4096);
let used = pool.length;

/** `n` cryptographically random bytes (a copy the caller may keep). */
export function randomPooled(n: number): Buffer {
  if (n > 256) return randomBytes(n);
  if (used + n > pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  const out = Buffer.from(pool.subarray(used, used + n));
  used += n;
  return out;
}

// uuid's own v7 keeps ids made in the same millisecond in order (a sequence seeded from the random
// bytes, then incremented) only when it draws the bytes itself; given the bytes it does not. The
// same rule (RFC 9562 §6.2, method 1) is kept here and passed to it as `msecs` and `seq`.
const order = { msecs: Number.NEGATIVE_INFINITY, seq: 0 };

/** A new UUID v7: time-ordered, also within one millisecond in this process. */
export function newId(): string {
  const random = randomPooled(16);
  const now = Date.now();
  if (now > order.msecs) {
    order.msecs = now;
    order.seq =
      (((random[6] ?? 0) & 0x7f) << 24) |
      ((random[7] ?? 0) << 16) |
      ((random[8] ?? 0) << 8) |
      (random[9] ?? 0);
  } else {
    order.seq = (order.seq + 1) | 0;
    if (order.seq === 0) order.msecs++;
  }
  return v7({ random, msecs: order.msecs, seq: order.seq });
}

/** A random URL-safe token for cookies, links and API tokens; only its hash is stored. */
export const newToken = (bytes = 32): string => randomBytes(bytes).toString("base64url");

export const hashToken = (token: string): string => createHash("sha256").update(token).digest("base64url");

/** Turns a name into a URL slug: lowercase ASCII, words joined by hyphens. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}

/**
 * The first free slug for a name among the slugs `taken`: `slugify(name)` (or `fallback` when nothing
 * of the name is left), then `-2`, `-3`… until one is free.
 */
export function freeSlugAmong(name: string, fallback: string, taken: ReadonlySet<string>): string {
  const base = slugify(name) || fallback;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * The same, asking the module's repository for the slugs in use that start with the base (the base
 * itself and `base-…`): one query, whatever the number of namesakes.
 */
export async function firstFreeSlug(
  name: string,
  fallback: string,
  slugsStartingWith: (base: string) => Promise<readonly string[]>,
): Promise<string> {
  return freeSlugAmong(name, fallback, new Set(await slugsStartingWith(slugify(name) || fallback)));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Is this a UUID (any version, either case)? Path parameters are checked before they reach SQL. */
export const isUuid = (value: string): boolean => UUID.test(value);
