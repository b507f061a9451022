// What the materials tests share (materials.add, .videos and .curate test files): real bytes of each
// accepted file type, a lab in a network with a contributor among its members and a client per role,
// and the upload form posted as a browser posts it. `useMaterialsLab()` registers the file's
// beforeAll/afterAll; `t` and `lab` exist once they have run.
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { Client } from "../../../../test/helpers/client.ts";
import { actorFor, buildNetwork } from "../../../../test/helpers/factories.ts";
import { buildLab } from "../../../../test/helpers/labs.ts";
import { createTestRuntime, type TestRuntime } from "../../../../test/helpers/runtime.ts";
import { storedZip } from "../../../../test/helpers/zip.ts";
import { addMember } from "../labs.service.ts";
import type { Lab } from "../labs.types.ts";

// A real 1×1 PNG, the first bytes of a real PDF, and a WebM header (EBML, DocType "webm").
export const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
export const PDF = Buffer.from(
  "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
);
export const WEBM = Buffer.from(
  "1a45dfa39f4286810142f7810142f2810442f381084282847765626d4287810442858102",
  "hex",
);
export const VTT = "WEBVTT\n\n00:00.000 --> 00:02.000\nBuongiorno a tutti.\n";

export { storedZip };

export const ODT = storedZip([
  ["mimetype", "application/vnd.oasis.opendocument.text"],
  ["content.xml", "<office:document-content/>"],
]);
export const DOCX = storedZip([
  [
    "[Content_Types].xml",
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  ],
  ["word/document.xml", "<w:document/>"],
]);

export type MaterialsLab = {
  readonly t: TestRuntime;
  readonly lab: Lab;
  /** A client per role; `contributor` is a member of the lab (the others are not). */
  who: Record<string, Client>;
  newPage(kind?: string): string;
  upload(c: Client, kind: string, fields: Record<string, string | Blob>): Promise<Response>;
  /** How many material files the store holds. */
  storedFiles(): number;
};

export function useMaterialsLab(): MaterialsLab {
  let t: TestRuntime | undefined;
  let lab: Lab | undefined;
  const who: Record<string, Client> = {};

  beforeAll(async () => {
    t = await createTestRuntime();
    const net = await buildNetwork(t);
    lab = await buildLab(t, net.id, { visibility: "network" });
    for (const role of ["anonymous", "member", "coordinator", "other-coordinator"] as const)
      who[role] = (await actorFor(t, role, net.id)).client;
    const contributor = await actorFor(t, "member", net.id);
    await addMember(t.deps, lab.id, contributor.accountId!, "member");
    who.contributor = contributor.client;
  });
  afterAll(() => t?.close());

  const world: MaterialsLab = {
    get t() {
      if (!t) throw new Error("useMaterialsLab: read t in a test or hook");
      return t;
    },
    get lab() {
      if (!lab) throw new Error("useMaterialsLab: read lab in a test or hook");
      return lab;
    },
    who,
    newPage: (kind = "document") => `/labs/${world.lab.slug}/materials/new?kind=${kind}`,
    async upload(c, kind, fields) {
      const fd = new FormData();
      fd.set("_csrf", await c.csrf(world.newPage(kind)));
      fd.set("kind", kind);
      for (const [k, v] of Object.entries(fields)) fd.set(k, v);
      return c.post(`/labs/${world.lab.slug}/materials`, fd);
    },
    storedFiles() {
      try {
        return readdirSync(path.join(world.t.dataDir, "files", "materials")).length;
      } catch {
        return 0;
      }
    },
  };
  return world;
}

export const file = (bytes: Buffer | string, name: string, type = "application/octet-stream") =>
  new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name, { type });
