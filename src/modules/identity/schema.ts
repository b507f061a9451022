// zod schemas for identity forms and API bodies. Messages are catalogue keys, shown in the page's language.
import { z } from "zod";

export const SignInForm = z.object({
  email: z.string().trim().min(1, "form.required").pipe(z.email("form.invalidEmail")),
  password: z.string().min(1, "form.required"),
  next: z.string().optional(),
});
export type SignInForm = z.infer<typeof SignInForm>;

// Any origin would do: what matters is whether `next` leaves it. A name that cannot resolve (.invalid)
// keeps this independent of BASE_URL, so a path is judged the same behind any proxy.
const HERE = "http://bottega.invalid";

/** Control characters (tab, newline, NUL…) are never part of a real link and browsers drop some. */
const hasControl = (s: string) => [...s].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f);

/** A path a browser (or a proxy that decodes once) could read as another host: "//x", "/\x". */
const leavesSite = (p: string) => hasControl(p) || p.startsWith("//") || p.startsWith("/\\");

/**
 * Only a path on this site may be a redirect target (after sign-in, OIDC, a form's `back`); anything
 * else is "/". The value is resolved as a browser resolves a Location header (which drops tabs and
 * newlines and reads `\` as `/`: "/<tab>/evil.example" is "//evil.example") and must stay on this
 * origin. Its percent-decoded path is held to the same rule ("/%2F%2Fevil", "/%09/evil.example"), in
 * case something between here and the browser decodes it. The URL's own serialisation is returned:
 * percent-encoded, safe in a header.
 */
export function safeNext(next: string | undefined): string {
  if (typeof next !== "string" || !next.startsWith("/") || next.length > 2048 || leavesSite(next)) return "/";
  let url: URL;
  try {
    url = new URL(next, HERE);
  } catch {
    return "/";
  }
  if (url.origin !== HERE) return "/";
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return "/";
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//evil" stays on this origin here but serialises to "//evil", which a browser reads as a host.
  return leavesSite(path) || leavesSite(decoded) ? "/" : path;
}
