// What the id-based pages read (issue 18, item 2): an issuer with its keys, an achievement, a
// credential with its verification now. Each answers undefined for an unknown or malformed id.
import type { Deps } from "../../platform/deps.ts";
import { isUuid } from "../../platform/ids.ts";
import { networkBySlug } from "../identity/index.ts";
import { achievementById, credentialById, issuerOfNetwork, statusListById } from "./credentials.repo.ts";
import { type Issuer, isOwnIssuer, issuerDocument, issuerOf, localDocuments } from "./issuers.service.ts";
import { type Verification, verifyCredential } from "./verify.ts";

export async function issuerPage(deps: Deps, id: string) {
  const issuer = await issuerOf(deps, id);
  if (!issuer) return undefined;
  return { issuer, document: await issuerDocument(deps, issuer) };
}

/** The issuer of the network with this slug, once it has issued (a slug may change; the id does not). */
export async function issuerIdOfNetwork(deps: Deps, slug: string): Promise<string | undefined> {
  const network = await networkBySlug(deps, slug).catch(() => undefined);
  return network ? (await issuerOfNetwork(deps.db, network.id))?.id : undefined;
}

export async function achievementPage(deps: Deps, id: string) {
  const achievement = isUuid(id) ? await achievementById(deps.db, id) : undefined;
  if (!achievement) return undefined;
  const issuer = await issuerOf(deps, achievement.issuer_id);
  return issuer ? { achievement, issuer } : undefined;
}

/** A status list's signed credential, exactly as stored. */
export async function statusListDocument(deps: Deps, id: string): Promise<string | undefined> {
  return isUuid(id) ? (await statusListById(deps.db, id))?.credential : undefined;
}

export type CredentialPage = {
  id: string;
  /** The signed JSON as issued, byte for byte. */
  json: string;
  recipient: string | null;
  issuedAt: Date;
  achievement: { id: string; name: string; language: string };
  issuer: Issuer;
  verification: Verification;
};

/** Whether the credential was withdrawn with its holder's account: its address then answers 410. */
export async function credentialErased(deps: Deps, id: string): Promise<boolean> {
  return isUuid(id) && Boolean((await credentialById(deps.db, id))?.erased_at);
}

/** The credential's JSON as issued, for `credential.json` and `application/vc+ld+json`. */
export async function credentialJson(deps: Deps, id: string): Promise<string | undefined> {
  return isUuid(id) ? (await credentialById(deps.db, id))?.document : undefined;
}

/**
 * The credential with what its page says: the verification is run on the stored JSON, as anyone
 * would run it on a copy, so the page's "valid" is the proof's, not the row's.
 */
export async function credentialPage(deps: Deps, id: string): Promise<CredentialPage | undefined> {
  const row = isUuid(id) ? await credentialById(deps.db, id) : undefined;
  if (!row) return undefined;
  const achievement = await achievementById(deps.db, row.achievement_id);
  const issuer = achievement && (await issuerOf(deps, achievement.issuer_id));
  if (!achievement || !issuer) return undefined;
  const doc = JSON.parse(row.document) as {
    credentialSubject?: { identifier?: { identityType?: string; identityHash?: string }[] };
  };
  const name = doc.credentialSubject?.identifier?.find((i) => i.identityType === "name")?.identityHash;
  return {
    id: row.id,
    json: row.document,
    recipient: name ?? null,
    issuedAt: row.issued_at,
    achievement: { id: achievement.id, name: achievement.name, language: achievement.language },
    issuer,
    verification: await verifyCredential(JSON.parse(row.document), {
      local: localDocuments(deps),
      ownIssuer: isOwnIssuer(deps),
      now: deps.clock.now(),
    }),
  };
}
