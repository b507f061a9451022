// The file store against real storage: a temporary directory, and s3rver (a local S3-compatible
// server) on a random port with a bucket the test creates through the S3 API.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { CreateBucketCommand, GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../errors.ts";
import { hasMessage } from "../i18n/index.ts";
import { s3Store } from "./s3-store.ts";
import { checkUpload, directoryStore, type FileStore, IMAGE_TYPES, newFileKey } from "./store.ts";

// A real 1×1 PNG and the first bytes of a real PDF.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const PDF = Buffer.from(
  "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
);

let tmp: string;
let s3rver: S3rver;
let s3Settings: Parameters<typeof s3Store>[0];

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "bottega-files-"));
  s3rver = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: path.join(tmp, "s3") });
  const { port } = await s3rver.run();
  s3Settings = {
    endpoint: `http://127.0.0.1:${port}`,
    bucket: "bottega-test",
    region: "us-east-1",
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
  };
  const admin = new S3Client({
    endpoint: s3Settings.endpoint,
    region: s3Settings.region,
    forcePathStyle: true,
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
  });
  await admin.send(new CreateBucketCommand({ Bucket: s3Settings.bucket }));
  admin.destroy();
});

afterAll(async () => {
  await s3rver?.close();
  rmSync(tmp, { recursive: true, force: true });
});

const stores: [string, () => FileStore][] = [
  ["directory", () => directoryStore(path.join(tmp, "files"))],
  ["s3 (s3rver)", () => s3Store(s3Settings)],
];

describe.each(stores)("%s store", (_name, make) => {
  it("returns exactly the bytes and type that were put, then nothing after delete", async () => {
    const store = make();
    // Random bytes of every value, larger than one network chunk, catch framing or encoding damage.
    const bytes = new Uint8Array(randomBytes(200_000));
    const key = newFileKey("photos", "image/png");
    await store.put(key, bytes, "image/png");
    const got = await store.get(key);
    expect(got?.contentType).toBe("image/png");
    expect(got?.bytes.byteLength).toBe(bytes.byteLength);
    expect(Buffer.from(got!.bytes).equals(Buffer.from(bytes))).toBe(true);

    await store.delete(key);
    expect(await store.get(key)).toBeUndefined();
  });

  it("answers undefined for a key that was never stored, and deleting it is harmless", async () => {
    const store = make();
    expect(await store.get("photos/does-not-exist.png")).toBeUndefined();
    await expect(store.delete("photos/does-not-exist.png")).resolves.toBeUndefined();
  });

  it("replaces an object put twice under the same key", async () => {
    const store = make();
    const key = newFileKey("logos", "image/png");
    await store.put(key, new Uint8Array([1, 2, 3]), "application/octet-stream");
    await store.put(key, PNG, "image/png");
    const got = await store.get(key);
    expect(Buffer.from(got!.bytes).equals(PNG)).toBe(true);
    expect(got?.contentType).toBe("image/png");
  });
});

describe("directory store keys", () => {
  it("refuses keys that could leave its directory", async () => {
    const store = directoryStore(path.join(tmp, "files"));
    await expect(store.put("../escape", PNG, "image/png")).rejects.toThrow(/Invalid file key/);
    await expect(store.get("photos/../../etc/passwd")).rejects.toThrow(/Invalid file key/);
    await expect(store.put("/etc/passwd", PNG, "image/png")).rejects.toThrow(/Invalid file key/);
  });
});

describe("s3 store", () => {
  it("stores the raw bytes, without aws-chunked framing, as another S3 client reads them", async () => {
    const store = s3Store(s3Settings);
    const key = newFileKey("attachments", "application/pdf");
    await store.put(key, PDF, "application/pdf");
    const other = new S3Client({
      endpoint: s3Settings.endpoint,
      region: s3Settings.region,
      forcePathStyle: true,
      credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
    });
    const out = await other.send(new GetObjectCommand({ Bucket: s3Settings.bucket, Key: key }));
    const raw = Buffer.from(await out.Body!.transformToByteArray());
    other.destroy();
    expect(raw.equals(PDF)).toBe(true);
    expect(out.ContentLength).toBe(PDF.byteLength);
  });
});

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe("checkUpload", () => {
  const images = { maxBytes: 1024 * 1024, allowed: IMAGE_TYPES };

  it("accepts a real PNG and answers its type from the bytes", async () => {
    await expect(checkUpload(PNG, images)).resolves.toBe("image/png");
  });

  it("accepts a real PDF where PDFs are allowed", async () => {
    await expect(checkUpload(PDF, { maxBytes: 1024, allowed: ["application/pdf"] })).resolves.toBe(
      "application/pdf",
    );
  });

  it("refuses a PNG renamed to .pdf where only PDFs are allowed: the name is never consulted", async () => {
    // checkUpload has no file-name parameter at all; the bytes say PNG, so a PDF-only rule refuses it.
    const err = await refusal(checkUpload(PNG, { maxBytes: 1024 * 1024, allowed: ["application/pdf"] }));
    expect(err.status).toBe(422);
    expect(err.code).toBe("unsupported-file-type");
    expect(err.message).toBe("files.wrongType");
  });

  it("refuses a text file pretending to be an image", async () => {
    // What a browser would send as "photo.png" with Content-Type image/png: neither is looked at.
    const err = await refusal(checkUpload(Buffer.from("hello, I am photo.png\n".repeat(20)), images));
    expect(err.status).toBe(422);
    expect(err.code).toBe("unsupported-file-type");
    expect(err.message).toBe("files.wrongType");
    // An SVG is text too (and can carry scripts): it is not among the accepted image types.
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect((await refusal(checkUpload(svg, images))).code).toBe("unsupported-file-type");
  });

  it("refuses an empty file", async () => {
    const err = await refusal(checkUpload(new Uint8Array(0), images));
    expect(err.status).toBe(422);
    expect(err.code).toBe("empty-file");
    expect(err.message).toBe("files.empty");
  });

  it("refuses a file over the size limit before looking at its type", async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(2048)]);
    const err = await refusal(checkUpload(big, { maxBytes: 1024, allowed: IMAGE_TYPES }));
    expect(err.status).toBe(413);
    expect(err.code).toBe("too-large");
    expect(err.message).toBe("files.tooLarge");
    // One byte under the limit is fine.
    await expect(checkUpload(PNG, { maxBytes: PNG.byteLength, allowed: IMAGE_TYPES })).resolves.toBe(
      "image/png",
    );
  });

  it("uses message keys that exist in both catalogues", () => {
    for (const key of ["files.empty", "files.tooLarge", "files.wrongType"]) {
      expect(hasMessage("it", key), key).toBe(true);
      expect(hasMessage("en", key), key).toBe(true);
    }
  });
});
