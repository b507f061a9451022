// Relevance metrics over a ranked list of practice references and graded judgments (0–3; a practice
// not judged counts as 0). Definitions, and why these three, in test/fixtures/relevance/README.md.

export type Grades = Record<string, number>;

/** A practice graded at least this is "relevant" for hit rate and recall. */
export const RELEVANT = 2;

/** 1 when at least one practice graded ≥ 2 is among the first `k` results, else 0. */
export function hitAt(ranked: readonly string[], grades: Grades, k: number): 0 | 1 {
  return ranked.slice(0, k).some((ref) => (grades[ref] ?? 0) >= RELEVANT) ? 1 : 0;
}

/**
 * Recall at `k`: practices graded ≥ 2 found in the first `k` results, over the practices graded ≥ 2
 * (at most `k` of them: a list of `k` cannot hold more). Null when nothing is graded ≥ 2.
 */
export function recallAt(
  ranked: readonly string[],
  grades: Grades,
  k: number,
): { found: number; relevant: number; recall: number } | null {
  const relevant = Object.values(grades).filter((g) => g >= RELEVANT).length;
  if (relevant === 0) return null;
  const found = ranked.slice(0, k).filter((ref) => (grades[ref] ?? 0) >= RELEVANT).length;
  return { found, relevant, recall: found / Math.min(relevant, k) };
}

/** Discounted cumulative gain of the first `k` grades: Σ (2^grade − 1) / log2(rank + 1). */
export function dcg(gradesInOrder: readonly number[], k: number): number {
  return gradesInOrder.slice(0, k).reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
}

/** nDCG at `k`: the ranking's DCG over the DCG of the judged practices in their best order. */
export function ndcgAt(ranked: readonly string[], grades: Grades, k: number): number {
  const ideal = dcg(
    Object.values(grades)
      .filter((g) => g > 0)
      .sort((a, b) => b - a),
    k,
  );
  if (ideal === 0) return 0;
  return (
    dcg(
      ranked.map((ref) => grades[ref] ?? 0),
      k,
    ) / ideal
  );
}
