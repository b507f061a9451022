// WebVTT caption files for any module's videos (first used by labs' materials): how large one may be,
// the type it is served with, and the check that an upload really is WebVTT. Checks answer a problem
// code, not a message, so each module keeps its own wording for the form.

/** Caption files are text: half a megabyte holds hours of captions. */
export const CAPTIONS_MAX_BYTES = 512 * 1024;

/** What a caption file is stored and served as. */
export const WEBVTT_CONTENT_TYPE = "text/vtt; charset=utf-8";

/** A WebVTT file: UTF-8, starting with "WEBVTT" (after an optional BOM) then a space, tab or line end. */
export function isWebVtt(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return false;
  }
  return /^WEBVTT(?:[ \t\r\n]|$)/.test(text);
}

export type CaptionsProblem = "missing" | "tooLarge" | "notWebVtt";

/** What is wrong with an uploaded caption file (null when it will do); an empty file is missing. */
export function checkCaptions(bytes: Uint8Array | null | undefined): CaptionsProblem | null {
  if (!bytes || bytes.byteLength === 0) return "missing";
  if (bytes.byteLength > CAPTIONS_MAX_BYTES) return "tooLarge";
  return isWebVtt(bytes) ? null : "notWebVtt";
}
