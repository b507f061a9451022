// The most common passwords (ASVS 6.2.4): a new password on any form is refused when it is one of the
// 10,000 most common, compared without regard to case or surrounding spaces, so "Password123" is
// refused as "password123" is. The list ships in the repository (common-passwords.txt, with its source
// and licence); it is read once, on the first check, and kept as a set.
import { readFileSync } from "node:fs";

let common: ReadonlySet<string> | undefined;

function load(): ReadonlySet<string> {
  const text = readFileSync(new URL("./common-passwords.txt", import.meta.url), "utf8");
  return new Set(text.split("\n").filter((line) => line !== "" && !line.startsWith("#")));
}

export function isCommonPassword(password: string): boolean {
  common ??= load();
  return common.has(password.trim().toLowerCase());
}
