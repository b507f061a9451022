// Signing (issue 18, item 1): an Open Badges 3.0 `OpenBadgeCredential` in the VC Data Model 2.0,
// and the issuer's `BitstringStatusListCredential`, each with a `DataIntegrityProof` of the
// `eddsa-rdfc-2022` cryptosuite for `assertionMethod`, made by `@digitalbazaar/vc` (decision 0061).
// Pure apart from the signature: the caller hands in the facts and the issuer's key; the database is
// the services' business. Signing costs 7–30 ms (RDF canonicalisation), so callers sign once.

import type { JsonWebKey } from "node:crypto";
import { createHash, randomBytes } from "node:crypto";
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import { cryptosuite } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import * as vc from "@digitalbazaar/vc";
import { BitstringStatusList } from "@digitalbazaar/vc-bitstring-status-list";
import { documentLoader, type LocalDocuments, OB_3_0_3, VC_V2 } from "./loader.ts";

/** A key that signs: its verification method's URL (`…/issuers/{id}#key-N`) and its JWK halves. */
export type IssuerKey = { methodId: string; controller: string; privateKey: JsonWebKey };

/** The issuer as it appears in a credential: an OB `Profile`. */
export type IssuerProfile = { id: string; name: string; url: string };

export type AchievementFacts = {
  id: string;
  name: string;
  description: string;
  criteria: string;
  language: string;
  image?: string;
};

export type CredentialFacts = {
  id: string;
  issuer: IssuerProfile;
  achievement: AchievementFacts;
  recipient: { name: string; email: string; salt: string };
  validFrom: Date;
  status: { listUrl: string; index: number };
};

/** Bits in a status list: the spec's minimum (16 KB), which hides one credential among 131 072. */
export const STATUS_LIST_LENGTH = 131_072;

export const randomStatusIndex = (): number => randomBytes(4).readUInt32BE(0) % STATUS_LIST_LENGTH;
export const newSalt = (): string => randomBytes(16).toString("hex");

/**
 * The e-mail's identity hash as OB 3.0 defines it: "sha256$" and the hex SHA-256 of the address
 * (lower-cased) followed by the salt. Whoever knows the address can check it; nobody can read it.
 */
export function emailHash(email: string, salt: string): string {
  return `sha256$${createHash("sha256")
    .update(email.trim().toLowerCase() + salt)
    .digest("hex")}`;
}

// XML Schema dateTimeStamp without milliseconds, as the examples of both specs write it.
const stamp = (d: Date) => `${d.toISOString().slice(0, 19)}Z`;

/** The credential before its proof: every term is defined by the VC 2.0 or OB 3.0.3 context. */
export function unsignedCredential(f: CredentialFacts): Record<string, unknown> {
  const a = f.achievement;
  return {
    "@context": [VC_V2, OB_3_0_3],
    id: f.id,
    type: ["VerifiableCredential", "OpenBadgeCredential"],
    name: a.name,
    issuer: { id: f.issuer.id, type: ["Profile"], name: f.issuer.name, url: f.issuer.url },
    validFrom: stamp(f.validFrom),
    credentialSubject: {
      type: ["AchievementSubject"],
      identifier: [
        {
          type: "IdentityObject",
          identityType: "name",
          hashed: false,
          identityHash: f.recipient.name,
        },
        {
          type: "IdentityObject",
          identityType: "emailAddress",
          hashed: true,
          identityHash: emailHash(f.recipient.email, f.recipient.salt),
          salt: f.recipient.salt,
        },
      ],
      achievement: {
        id: a.id,
        type: ["Achievement"],
        name: a.name,
        description: a.description,
        criteria: { narrative: a.criteria },
        ...(a.image ? { image: { id: a.image, type: "Image" } } : {}),
        inLanguage: a.language,
      },
    },
    credentialStatus: {
      id: `${f.status.listUrl}#${f.status.index}`,
      type: "BitstringStatusListEntry",
      statusPurpose: "revocation",
      statusListIndex: String(f.status.index),
      statusListCredential: f.status.listUrl,
    },
  };
}

async function suiteFor(key: IssuerKey, now: Date) {
  const pair = await Ed25519Multikey.fromJwk({
    jwk: key.privateKey,
    secretKey: true,
    id: key.methodId,
    controller: key.controller,
  });
  return new DataIntegrityProof({ signer: pair.signer(), cryptosuite, date: now });
}

/**
 * Signs a document (a credential without proof) with the issuer's key. `local` serves this
 * instance's documents (the library loads the verification method while signing); nothing is
 * fetched.
 */
export async function signDocument(
  unsigned: Record<string, unknown>,
  key: IssuerKey,
  now: Date,
  local?: LocalDocuments,
): Promise<Record<string, unknown>> {
  return vc.issue({
    credential: structuredClone(unsigned),
    suite: await suiteFor(key, now),
    documentLoader: documentLoader(local),
    now,
  });
}

/** The status list credential (revocation) with the given indexes set, before its proof. */
export async function unsignedStatusList(o: {
  url: string;
  issuerId: string;
  revoked: number[];
  validFrom: Date;
}): Promise<Record<string, unknown>> {
  const list = new BitstringStatusList({ length: STATUS_LIST_LENGTH });
  for (const i of o.revoked) list.setStatus(i, true);
  return {
    "@context": [VC_V2],
    id: o.url,
    type: ["VerifiableCredential", "BitstringStatusListCredential"],
    issuer: o.issuerId,
    validFrom: stamp(o.validFrom),
    credentialSubject: {
      id: `${o.url}#list`,
      type: "BitstringStatusList",
      statusPurpose: "revocation",
      encodedList: await list.encode(),
    },
  };
}
