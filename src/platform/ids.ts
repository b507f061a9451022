// Identifiers: UUID v7 made by the application (PostgreSQL 15 has no uuidv7()), and random tokens.
import { createHash, randomBytes } from "node:crypto";
import { v7 } from "uuid";

export const newId = (): string => v7();

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
