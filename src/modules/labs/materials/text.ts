// PostgreSQL text cannot hold U+0000 (the insert fails, which would be a 500 for bad input): the
// materials, invitations, cover and plans services drop it from what people type.
export const dropNul = (s: string): string => (s.includes("\u0000") ? s.split("\u0000").join("") : s);

/** The same for every string value of a posted object (other values pass through). */
export function dropNulAll<T>(input: T): T {
  if (!input || typeof input !== "object" || Array.isArray(input)) return input;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input)) out[k] = typeof v === "string" ? dropNul(v) : v;
  return out as T;
}
