// CSV cells for files people open in spreadsheets: RFC 4180 quoting and the guard against formula
// injection (OWASP "CSV Injection"). Every CSV the instance writes (board summaries, action plans,
// open data) goes through csvCell; the practices importer reads cells back through unguardCell, so
// an exported file imports as the original text.

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab or CR first) gets a leading
 * apostrophe, which spreadsheets show as text and hide. Text that already starts with apostrophes
 * before such a character gets one more, so unguardCell can always tell the guard from the text.
 */
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

export const guardCell = (s: string): string => (NEEDS_GUARD.test(s) ? `'${s}` : s);

/** The inverse of guardCell: drops the one apostrophe it added. */
export const unguardCell = (s: string): string => (GUARDED.test(s) ? s.slice(1) : s);

/** One CSV cell: guarded, then quoted when needed (RFC 4180: quotes doubled). */
export function csvCell(v: string | number): string {
  const safe = guardCell(String(v));
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
