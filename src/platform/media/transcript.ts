// A video's transcript: the full text of what is said, which a captioned video carries beside its
// captions (for those who read rather than watch). Plain text; blank lines separate paragraphs.

export const TRANSCRIPT_MAX_CHARS = 100_000;

export type TranscriptProblem = "missing" | "tooLong";

/** The transcript as stored (trimmed), and what is wrong with it (null when it will do). */
export function checkTranscript(input: string | null | undefined): {
  text: string;
  problem: TranscriptProblem | null;
} {
  const text = (input ?? "").trim();
  if (!text) return { text, problem: "missing" };
  return { text, problem: text.length > TRANSCRIPT_MAX_CHARS ? "tooLong" : null };
}

/** The paragraphs to show: split on blank lines, empty ones dropped. */
export const transcriptParagraphs = (text: string | null | undefined): string[] =>
  (text ?? "").split(/\r?\n\s*\r?\n/).filter((para) => para.trim());
