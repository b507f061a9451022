// What an earlier version left open to others under DATA_DIR (PGlite's files 0666 under a umask of 0,
// mails with live links 0644) is closed: DATA_DIR 0700, group and other bits off everything beneath,
// owner bits kept, symbolic links neither followed nor changed. The start-up as a whole (umask and
// this) is checked on the real server in test/data-dir.test.ts.
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { restrictDataDir } from "./data-dir-mode.ts";

let root: string;
let outside: string;
beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "bottega-modes-"));
  outside = mkdtempSync(path.join(os.tmpdir(), "bottega-outside-"));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const modeOf = (p: string) => statSync(p).mode & 0o7777;

describe("restrictDataDir", () => {
  it("closes the data directory and everything under it to the group and to others", () => {
    const data = path.join(root, "data");
    mkdirSync(path.join(data, "pg", "base", "1"), { recursive: true });
    mkdirSync(path.join(data, "mail"));
    writeFileSync(path.join(data, "pg", "base", "1", "1259"), "x");
    writeFileSync(path.join(data, "mail", "reset.eml"), "a reset link");
    writeFileSync(path.join(data, "run.sh"), "#!/bin/sh\n");
    chmodSync(path.join(data, "pg", "base", "1", "1259"), 0o666);
    chmodSync(path.join(data, "mail", "reset.eml"), 0o644);
    chmodSync(path.join(data, "run.sh"), 0o4777);
    for (const d of ["pg", "pg/base", "pg/base/1", "mail"]) chmodSync(path.join(data, d), 0o777);
    chmodSync(data, 0o755);
    // A link to a file outside DATA_DIR: neither the link nor its target is touched.
    const target = path.join(outside, "shared.txt");
    writeFileSync(target, "not ours to change");
    chmodSync(target, 0o644);
    symlinkSync(target, path.join(data, "link"));

    expect(restrictDataDir(data)).toBe(8);

    expect(modeOf(data)).toBe(0o700);
    for (const d of ["pg", "pg/base", "pg/base/1", "mail"]) expect(modeOf(path.join(data, d))).toBe(0o700);
    expect(modeOf(path.join(data, "pg", "base", "1", "1259"))).toBe(0o600);
    expect(modeOf(path.join(data, "mail", "reset.eml"))).toBe(0o600);
    expect(modeOf(path.join(data, "run.sh"))).toBe(0o700);
    expect(modeOf(target)).toBe(0o644);
    expect(lstatSync(path.join(data, "link")).isSymbolicLink()).toBe(true);
    // Nothing left to change the second time.
    expect(restrictDataDir(data)).toBe(0);
  });

  it("does nothing for a data directory that does not exist yet", () => {
    expect(restrictDataDir(path.join(root, "not-yet"))).toBe(0);
  });
});
