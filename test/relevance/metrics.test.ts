// The relevance metrics on rankings small enough to check by hand.
import { describe, expect, it } from "vitest";
import { dcg, hitAt, ndcgAt, recallAt } from "./metrics.ts";

const grades = { a: 3, b: 2, c: 1, d: 0 };

describe("hitAt", () => {
  it("counts a hit only for a practice graded 2 or more within the cut", () => {
    expect(hitAt(["c", "d", "x", "y", "z", "b"], grades, 5)).toBe(0);
    expect(hitAt(["c", "d", "x", "y", "b"], grades, 5)).toBe(1);
    expect(hitAt([], grades, 5)).toBe(0);
  });
});

describe("recallAt", () => {
  it("is the share of practices graded ≥ 2 found, capped at what the cut can hold", () => {
    expect(recallAt(["a", "x", "c"], grades, 20)).toEqual({ found: 1, relevant: 2, recall: 0.5 });
    expect(recallAt(["b", "a"], grades, 20)?.recall).toBe(1);
    // Three relevant practices and a cut of two: both places filled with relevant ones is full recall.
    expect(recallAt(["a", "e"], { a: 2, e: 3, f: 2 }, 2)?.recall).toBe(1);
    expect(recallAt(["a"], { c: 1 }, 20)).toBeNull();
  });
});

describe("ndcgAt", () => {
  it("uses gains 2^grade − 1 and a log2(rank + 1) discount", () => {
    // 7/1 + 0/log2(3) + 3/log2(4)
    expect(dcg([3, 0, 2], 10)).toBeCloseTo(7 + 1.5, 10);
    expect(dcg([3, 0, 2], 1)).toBe(7);
  });

  it("is 1 for the ideal order, less for any other, 0 for nothing relevant", () => {
    expect(ndcgAt(["a", "b", "c"], grades, 10)).toBeCloseTo(1, 10);
    const ideal = 7 + 3 / Math.log2(3) + 1 / 2;
    expect(ndcgAt(["b", "a"], grades, 10)).toBeCloseTo((3 + 7 / Math.log2(3)) / ideal, 10);
    // A practice not judged counts as 0, and pushes the others down.
    expect(ndcgAt(["x", "a", "b", "c"], grades, 10)).toBeLessThan(1);
    expect(ndcgAt(["x", "y"], grades, 10)).toBe(0);
    expect(ndcgAt(["a"], { a: 0 }, 10)).toBe(0);
  });
});
