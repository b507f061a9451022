// The cues of a WebVTT file, for a transcript rendered on the server beside the video (first used by
// learning's video lessons): each cue's start, end and text without markup. A file whose cues do not
// parse is refused with the line (1-based) that does not, so the form can say where to look.

export type Cue = { start: number; end: number; text: string };

export type CueProblem = "timing" | "endBeforeStart" | "noText" | "noCues" | "notWebVtt";

export type CuesResult = { ok: true; cues: Cue[] } | { ok: false; problem: CueProblem; line: number };

// hh:mm:ss.ttt or mm:ss.ttt (hours any number of digits, minutes and seconds two, milliseconds three).
const TIME = String.raw`(?:(\d+):)?([0-5]\d):([0-5]\d)\.(\d{3})`;
const TIMING = new RegExp(String.raw`^${TIME}[ \t]+-->[ \t]+${TIME}(?:[ \t].*)?$`);

const seconds = (h: string | undefined, m: string, s: string, ms: string) =>
  Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s) + Number(ms) / 1000;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", nbsp: "\u00a0", lrm: "", rlm: "" };

/** A cue's text as words: tags (`<v Anna>`, `<i>`, timestamps) dropped, the few named entities decoded. */
export const cueText = (raw: string): string =>
  raw
    .replace(/<[^>]*>/g, "")
    .replace(/&(amp|lt|gt|nbsp|lrm|rlm);/g, (_, name: string) => ENTITIES[name] ?? "")
    .replace(/[ \t]*\n[ \t]*/g, "\n")
    .trim();

/**
 * The cues of a WebVTT text (its signature already checked by isWebVtt, or checked here). Blocks are
 * separated by blank lines; NOTE, STYLE and REGION blocks are skipped; a cue may have an identifier
 * line before its timing line.
 */
export function parseCues(input: string): CuesResult {
  const lines = input.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  if (!/^WEBVTT(?:[ \t]|$)/.test(lines[0] ?? "")) return { ok: false, problem: "notWebVtt", line: 1 };
  const cues: Cue[] = [];
  let i = 1;
  // The header runs to the first blank line.
  while (i < lines.length && lines[i]?.trim() !== "") i++;
  while (i < lines.length) {
    while (i < lines.length && lines[i]?.trim() === "") i++;
    if (i >= lines.length) break;
    const first = lines[i] ?? "";
    const blockStart = i;
    const block: string[] = [];
    while (i < lines.length && lines[i]?.trim() !== "") block.push(lines[i++] ?? "");
    if (/^(NOTE|STYLE|REGION)(?:[ \t]|$)/.test(first) && !first.includes("-->")) continue;
    // The timing line is the first, or the second after an identifier.
    const at = first.includes("-->") ? 0 : block.length > 1 && block[1]?.includes("-->") ? 1 : -1;
    const timingLine = blockStart + Math.max(at, 0) + 1;
    if (at < 0) return { ok: false, problem: "timing", line: blockStart + 1 };
    const m = TIMING.exec((block[at] ?? "").trim());
    if (!m) return { ok: false, problem: "timing", line: timingLine };
    const start = seconds(m[1], m[2] ?? "0", m[3] ?? "0", m[4] ?? "0");
    const end = seconds(m[5], m[6] ?? "0", m[7] ?? "0", m[8] ?? "0");
    if (end <= start) return { ok: false, problem: "endBeforeStart", line: timingLine };
    const text = cueText(block.slice(at + 1).join("\n"));
    if (!text) return { ok: false, problem: "noText", line: timingLine };
    cues.push({ start, end, text });
  }
  if (!cues.length) return { ok: false, problem: "noCues", line: lines.length };
  return { ok: true, cues };
}

/** "1:02:03" or "2:03": a cue's start as a reader sees it. */
export function clock(totalSeconds: number): string {
  const s = Math.floor(totalSeconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}
