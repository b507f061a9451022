// Signing keys (decision 0024): the key pairs an owner signs with — an Open Badges issuer
// (`ob-issuer`, Ed25519 for Data Integrity eddsa-rdfc-2022), a fediverse actor (`ap-rsa`, RSA 3072
// for HTTP Signatures as Mastodon checks them; `ap-ed25519` for Object Integrity Proofs). Made with
// node:crypto; both halves kept as JWK (the one form node:crypto and WebCrypto import and export for
// RSA and Ed25519 alike, from which PEM and Multikey follow); the private half sealed at rest.
// Owners are named by type and id, so the platform knows no module's tables.
import { generateKeyPair, type JsonWebKey, type KeyObject } from "node:crypto";
import { promisify } from "node:util";
import type { Deps } from "../deps.ts";
import { newId } from "../ids.ts";
import { seal, unseal } from "./sealed.ts";
import {
  findActiveKey,
  insertSigningKey,
  listKeys,
  retireActiveKey,
  retireKeyById,
  type SigningKeyRow,
} from "./signing-keys.repo.ts";

export const KEY_PURPOSES = ["ob-issuer", "ap-rsa", "ap-ed25519"] as const;
export type KeyPurpose = (typeof KEY_PURPOSES)[number];

/** Who signs: e.g. `{ type: "network", id }`, `{ type: "instance", id: "" }`. */
export type KeyOwner = { type: string; id: string };

export type PublicKeyInfo = {
  id: string;
  purpose: KeyPurpose;
  publicKey: JsonWebKey;
  createdAt: Date;
  retiredAt: Date | null;
};

export type ActiveKey = PublicKeyInfo & { privateKey: JsonWebKey };

type KeyDeps = Pick<Deps, "db" | "config" | "clock">;

const SEAL_PURPOSE = "signing-key";
const RSA_BITS = 3072;

const generate = promisify(generateKeyPair);

async function newPair(purpose: KeyPurpose): Promise<{ publicKey: KeyObject; privateKey: KeyObject }> {
  if (purpose === "ap-rsa") return generate("rsa", { modulusLength: RSA_BITS, publicExponent: 0x10001 });
  return generate("ed25519");
}

const where = (owner: KeyOwner, purpose: KeyPurpose) => ({
  ownerType: owner.type,
  ownerId: owner.id,
  purpose,
});

const info = (row: Omit<SigningKeyRow, "private_key_sealed">): PublicKeyInfo => ({
  id: row.id,
  purpose: row.purpose as KeyPurpose,
  publicKey: row.public_key,
  createdAt: row.created_at,
  retiredAt: row.retired_at,
});

/**
 * A new key pair for the owner and purpose, which becomes the active one; the one active before is
 * retired at the same instant (kept for verification). Answers the new key's public half.
 */
export async function createKey(deps: KeyDeps, owner: KeyOwner, purpose: KeyPurpose): Promise<PublicKeyInfo> {
  if (!KEY_PURPOSES.includes(purpose)) throw new Error(`unknown key purpose: ${purpose}`);
  const pair = await newPair(purpose);
  const now = deps.clock.now();
  const row: SigningKeyRow = {
    id: newId(),
    owner_type: owner.type,
    owner_id: owner.id,
    purpose,
    public_key: pair.publicKey.export({ format: "jwk" }),
    private_key_sealed: seal(
      deps.config,
      SEAL_PURPOSE,
      JSON.stringify(pair.privateKey.export({ format: "jwk" })),
    ),
    created_at: now,
    retired_at: null,
  };
  await deps.db.transaction().execute(async (trx) => {
    await retireActiveKey(trx, where(owner, purpose), now);
    await insertSigningKey(trx, row);
  });
  return info(row);
}

/** The owner's active key for the purpose with its private half opened, or undefined if it has none. */
export async function activeKey(
  deps: KeyDeps,
  owner: KeyOwner,
  purpose: KeyPurpose,
): Promise<ActiveKey | undefined> {
  const row = await findActiveKey(deps.db, where(owner, purpose));
  if (!row) return undefined;
  const privateKey = JSON.parse(unseal(deps.config, SEAL_PURPOSE, row.private_key_sealed)) as JsonWebKey;
  // A sealed private key copied onto another row (by someone who can write the table) opens, but is
  // not the half of this public key: refuse it rather than sign with a key nobody can verify.
  const half = row.purpose === "ap-rsa" ? "n" : "x";
  if (privateKey[half] !== row.public_key[half])
    throw new Error(`signing key ${row.id}: halves do not match`);
  return { ...info(row), privateKey };
}

/** Every public key of the owner for the purpose, newest first, retired ones included (verification). */
export async function publicKeys(
  deps: Pick<Deps, "db">,
  owner: KeyOwner,
  purpose: KeyPurpose,
): Promise<PublicKeyInfo[]> {
  return (await listKeys(deps.db, where(owner, purpose))).map(info);
}

/** Retires a key (it signs no more, and is still listed for verification); false if already retired. */
export async function retireKey(deps: Pick<Deps, "db" | "clock">, keyId: string): Promise<boolean> {
  return retireKeyById(deps.db, keyId, deps.clock.now());
}
