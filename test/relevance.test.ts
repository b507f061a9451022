// Relevance kept honest (issue 14, Deliver item 5): the demo catalogue plus the practices of
// test/fixtures/relevance, the fixture's judged queries asked as an anonymous visitor would, and the
// issue's targets checked: top-5 hit rate ≥ 97 %, recall@20 for theme words ≥ 90 %, and nDCG@10 no
// more than 0.02 under the figure recorded in the fixture's README (recorded.json). Prints the
// figures and every query that misses. Seeds once for the whole file.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "./helpers/demo.ts";
import { createTestRuntime, type TestRuntime } from "./helpers/runtime.ts";
import { evaluate, formatReport, loadPractices, type RelevanceReport } from "./relevance/evaluate.ts";
import {
  FIXTURE_DIR,
  QUERY_KINDS,
  readPractices,
  readQueries,
  readRecorded,
  wordCount,
} from "./relevance/fixture.ts";

const practices = readPractices(path.join(FIXTURE_DIR, "practices.jsonl"));
const queries = readQueries(path.join(FIXTURE_DIR, "queries.json"));
const recorded = readRecorded();

let t: TestRuntime;
let report: RelevanceReport;
beforeAll(async () => {
  t = await createTestRuntime();
  await seedDemo(t.deps);
  const slugs = await loadPractices(t.deps, practices);
  report = await evaluate(t.deps, queries, slugs);
  console.log(formatReport(report));
}, 120_000);
afterAll(() => t?.close());

describe("the relevance fixture", () => {
  it("has at least 60 practices of 80–250 words, mostly Italian, some English, with distinct ids", () => {
    expect(practices.length).toBeGreaterThanOrEqual(60);
    expect(new Set(practices.map((p) => p.id)).size).toBe(practices.length);
    for (const p of practices) {
      const n = wordCount(p);
      expect(n, `${p.id}: ${n} words`).toBeGreaterThanOrEqual(80);
      expect(n, `${p.id}: ${n} words`).toBeLessThanOrEqual(250);
    }
    const english = practices.filter((p) => p.language === "en").length;
    expect(english).toBeGreaterThanOrEqual(10);
    expect(english).toBeLessThan(practices.length / 2);
  });

  it("has at least 40 distinct queries covering every kind, each judging practices that exist", () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    expect(new Set(queries.map((q) => q.q.toLowerCase())).size).toBe(queries.length);
    for (const kind of QUERY_KINDS)
      expect(
        queries.filter((q) => q.kinds.includes(kind)).length,
        `queries of kind ${kind}`,
      ).toBeGreaterThanOrEqual(3);
    // evaluate() throws on a judgment naming a practice the visitor cannot see; it ran in beforeAll.
    expect(report.queries).toBe(queries.length);
    expect(report.practices).toBeGreaterThanOrEqual(practices.length + 40);
  });

  it("quotes the recorded nDCG@10 in its README", () => {
    const readme = readFileSync(path.join(FIXTURE_DIR, "README.md"), "utf8");
    expect(readme).toContain(`nDCG@10 recorded: **${recorded.ndcg10.toFixed(3)}**`);
  });
});

// The targets. Before the engine of issue 14 items 1–4 (theme words indexed, word families,
// partial matches) these fail: README.md records the figures of that engine and its misses.
describe("issue 14 relevance targets", () => {
  it(`top-5 hit rate ≥ ${recorded.targets.top5HitRate}`, () => {
    expect(report.top5HitRate).toBeGreaterThanOrEqual(recorded.targets.top5HitRate);
  });

  it(`recall@20 for theme words ≥ ${recorded.targets.recall20Theme}`, () => {
    expect(report.themeQueries).toBeGreaterThanOrEqual(8);
    expect(report.recall20Theme).toBeGreaterThanOrEqual(recorded.targets.recall20Theme);
  });

  it(`nDCG@10 no more than ${recorded.tolerance} under the recorded ${recorded.ndcg10}`, () => {
    if (report.ndcg10 > recorded.ndcg10 + recorded.tolerance)
      console.log(
        `nDCG@10 ${report.ndcg10.toFixed(3)} is above the recorded ${recorded.ndcg10}: record it (recorded.json and README.md).`,
      );
    expect(report.ndcg10).toBeGreaterThanOrEqual(recorded.ndcg10 - recorded.tolerance);
  });
});
