// app/preload.ts imports, as one graph, every file the manifests' loaders import (their demo data
// aside): the server's idle memory depends on it (decision 0040). This keeps the two lists equal, so
// a page file added to a manifest is not silently loaded the expensive way.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(import.meta.dirname, "../src");
const APP = path.join(SRC, "app");

/** Absolute paths of the relative imports `pattern` finds in `file`. */
function importsOf(file: string, pattern: RegExp): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(pattern)].map((m) => path.resolve(path.dirname(file), m[1] as string));
}

describe("app/preload.ts", () => {
  it("imports exactly the files the manifests load, besides demo data, and the app's web and live roots", () => {
    const manifests = readdirSync(path.join(SRC, "modules")).map((m) =>
      path.join(SRC, "modules", m, "manifest.ts"),
    );
    const loaded = new Set(
      manifests
        .flatMap((f) => importsOf(f, /import\("(\.[^"]+)"\)/g))
        .filter((f) => !/(^|[./])demo\.ts$/.test(path.basename(f))),
    );
    loaded.add(path.join(APP, "http.tsx"));
    loaded.add(path.join(APP, "live.ts"));
    const preloaded = importsOf(path.join(APP, "preload.ts"), /^import "(\.[^"]+)";$/gm);

    expect(loaded.size).toBeGreaterThan(30);
    expect(new Set(preloaded)).toEqual(loaded);
    expect(preloaded.length).toBe(new Set(preloaded).size);
  });
});
