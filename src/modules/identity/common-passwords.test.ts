import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isCommonPassword } from "./common-passwords.ts";

describe("common passwords", () => {
  it("ships the 10,000 most common passwords, with its source and licence in the file", () => {
    const text = readFileSync(new URL("./common-passwords.txt", import.meta.url), "utf8");
    const entries = text.split("\n").filter((l) => l !== "" && !l.startsWith("#"));
    expect(entries).toHaveLength(10_000);
    expect(new Set(entries).size).toBe(10_000);
    expect(text).toContain("@zxcvbn-ts/language-common");
    expect(text).toContain("Permission is hereby granted, free of charge");
  });

  it("recognises them whatever their case or surrounding spaces, and lets other passwords through", () => {
    for (const p of ["123456", "qwertyuiop", "1q2w3e4r5t", "PASSWORD123", " basketball "])
      expect(isCommonPassword(p), p).toBe(true);
    for (const p of ["correct horse battery staple", "una password lunga abbastanza", "qwertyuiop!?"])
      expect(isCommonPassword(p), p).toBe(false);
  });
});
