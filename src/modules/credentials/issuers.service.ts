// Issuers (decision 0062): each network issues as itself, one `ob-issuer` Ed25519 key in
// signing_keys (owner `network`), the Profile at /issuers/{id} doubling as the keys' controller
// document, and one revocation status list. Also the loader's view of this instance: the documents
// its own URLs answer, read from the database, which is how verification stays offline.
import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import { activeKey, createKey, type PublicKeyInfo, publicKeys } from "../../platform/crypto/signing-keys.ts";
import type { Deps } from "../../platform/deps.ts";
import { isUuid, newId } from "../../platform/ids.ts";
import { networkById } from "../identity/index.ts";
import {
  currentStatusList,
  type IssuerRow,
  insertIssuer,
  insertStatusList,
  issuerById,
  issuerOfNetwork,
  statusListById,
} from "./credentials.repo.ts";
import { DID_V1, type LocalDocuments, MULTIKEY_V1, OB_3_0_3, VC_V2 } from "./loader.ts";
import {
  type IssuerKey,
  type IssuerProfile,
  STATUS_LIST_LENGTH,
  signDocument,
  unsignedStatusList,
} from "./sign.ts";

type IssuerDeps = Deps;

export const PURPOSE = "ob-issuer" as const;
const owner = (networkId: string) => ({ type: "network", id: networkId });

export const urls = (deps: Pick<Deps, "config">) => {
  const base = deps.config.baseUrl;
  return {
    issuer: (id: string) => `${base}/issuers/${id}`,
    achievement: (id: string) => `${base}/achievements/${id}`,
    statusList: (id: string) => `${base}/status-lists/${id}`,
    credential: (id: string) => `${base}/credentials/${id}`,
    network: (slug: string) => `${base}/networks/${slug}`,
  };
};

/** Keys numbered by age, oldest first: `#key-1` stays the first key whatever is added later. */
const numbered = (keys: PublicKeyInfo[]) =>
  [...keys].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).map((k, i) => ({ ...k, n: i + 1 }));

export type Issuer = IssuerRow & { profile: IssuerProfile; networkSlug: string };

async function withProfile(deps: IssuerDeps, row: IssuerRow): Promise<Issuer> {
  const network = await networkById(deps, row.network_id);
  const u = urls(deps);
  return {
    ...row,
    networkSlug: network.slug,
    profile: { id: u.issuer(row.id), name: network.name, url: u.network(network.slug) },
  };
}

export async function issuerOf(deps: IssuerDeps, id: string): Promise<Issuer | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await issuerById(deps.db, id);
  return row ? withProfile(deps, row) : undefined;
}

/**
 * The network's issuer, made on its first credential: the row, its key, its status list — each made
 * when missing, so a job that died halfway is finished by the next. Two jobs at once may both make a
 * key or a list: harmless, as every key stays in the controller document and every list is served.
 */
export async function ensureIssuer(deps: IssuerDeps, networkId: string): Promise<Issuer> {
  let row = await issuerOfNetwork(deps.db, networkId);
  if (!row) {
    await insertIssuer(deps.db, { id: newId(), network_id: networkId, created_at: deps.clock.now() });
    row = await issuerOfNetwork(deps.db, networkId);
    if (!row) throw new Error(`issuer of network ${networkId} vanished`);
  }
  if (!(await activeKey(deps, owner(networkId), PURPOSE)))
    await createKey(deps, owner(networkId), PURPOSE).catch(async (e) => {
      // Another job made it first: signing_keys allows one active key per owner and purpose.
      if (!(await activeKey(deps, owner(networkId), PURPOSE))) throw e;
    });
  const issuer = await withProfile(deps, row);
  if (!(await currentStatusList(deps.db, issuer.id))) await newStatusList(deps, issuer);
  return issuer;
}

async function newStatusList(deps: IssuerDeps, issuer: Issuer): Promise<void> {
  const id = newId();
  const now = deps.clock.now();
  const url = urls(deps).statusList(id);
  const signed = await signDocument(
    await unsignedStatusList({ url, issuerId: issuer.profile.id, revoked: [], validFrom: now }),
    await signingKey(deps, issuer),
    now,
    localDocuments(deps),
  );
  await insertStatusList(deps.db, {
    id,
    issuer_id: issuer.id,
    length: STATUS_LIST_LENGTH,
    credential: JSON.stringify(signed),
    created_at: now,
    signed_at: now,
  });
}

/** The list a new credential takes its bit from. */
export async function statusListFor(deps: IssuerDeps, issuer: Issuer) {
  const list = await currentStatusList(deps.db, issuer.id);
  if (!list) throw new Error(`issuer ${issuer.id} has no status list yet`);
  return list;
}

/** The issuer's active key, as the signer needs it (`…/issuers/{id}#key-N`). */
export async function signingKey(deps: IssuerDeps, issuer: Issuer): Promise<IssuerKey> {
  const key = await activeKey(deps, owner(issuer.network_id), PURPOSE);
  if (!key) throw new Error(`issuer ${issuer.id} has no key yet`);
  const n = numbered(await publicKeys(deps, owner(issuer.network_id), PURPOSE)).find(
    (k) => k.id === key.id,
  )?.n;
  return {
    methodId: `${issuer.profile.id}#key-${n}`,
    controller: issuer.profile.id,
    privateKey: key.privateKey,
  };
}

/** Every key of the issuer, retired ones too (old credentials stay verifiable), as Multikeys. */
async function verificationMethods(deps: IssuerDeps, issuer: Issuer) {
  const keys = numbered(await publicKeys(deps, owner(issuer.network_id), PURPOSE));
  return Promise.all(
    keys.map(async (k) => ({
      id: `${issuer.profile.id}#key-${k.n}`,
      type: "Multikey",
      controller: issuer.profile.id,
      publicKeyMultibase: (await Ed25519Multikey.fromJwk({ jwk: k.publicKey })).publicKeyMultibase,
    })),
  );
}

/**
 * The issuer's Profile as JSON-LD, which is also its keys' controller document: `assertionMethod`
 * lists each key. The DID v1 context comes first — it defines `assertionMethod` (with the VC and OB
 * contexts alone the term is undefined and safe-mode verification fails), and the proof purpose
 * reads a document that starts with it as it is, without framing it through a context we do not ship.
 */
export async function issuerDocument(deps: IssuerDeps, issuer: Issuer): Promise<Record<string, unknown>> {
  return {
    "@context": [DID_V1, MULTIKEY_V1, VC_V2, OB_3_0_3],
    id: issuer.profile.id,
    type: ["Profile"],
    name: issuer.profile.name,
    url: issuer.profile.url,
    assertionMethod: await verificationMethods(deps, issuer),
  };
}

/** This instance's documents by URL, for the loader: issuer profiles, their keys, status lists. */
export function localDocuments(deps: IssuerDeps): LocalDocuments {
  const u = urls(deps);
  const issuerPrefix = u.issuer("");
  const listPrefix = u.statusList("");
  return async (url) => {
    if (url.startsWith(issuerPrefix)) {
      const [id, fragment] = url.slice(issuerPrefix.length).split("#", 2);
      const issuer = await issuerOf(deps, id ?? "");
      if (!issuer) return undefined;
      if (fragment === undefined) return issuerDocument(deps, issuer);
      const method = (await verificationMethods(deps, issuer)).find((m) => m.id === url);
      return method ? { "@context": MULTIKEY_V1, ...method } : undefined;
    }
    if (url.startsWith(listPrefix)) {
      const id = url.slice(listPrefix.length);
      const list = isUuid(id) ? await statusListById(deps.db, id) : undefined;
      return list ? (JSON.parse(list.credential) as object) : undefined;
    }
    return undefined;
  };
}

/** Whether an issuer URL is one of this instance's. */
export const isOwnIssuer =
  (deps: IssuerDeps) =>
  async (issuerId: string): Promise<boolean> => {
    const prefix = urls(deps).issuer("");
    return issuerId.startsWith(prefix) && Boolean(await issuerOf(deps, issuerId.slice(prefix.length)));
  };
