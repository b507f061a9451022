// The file store against real storage: a temporary directory, and s3rver (a local S3-compatible
// server) on a random port with a bucket the test creates through the S3 API.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { CreateBucketCommand, GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../errors.ts";
import { hasMessage } from "../i18n/index.ts";
import { PART_BYTES, s3Store } from "./s3-store.ts";
import {
  checkUpload,
  directoryStore,
  type FileStore,
  FileTooLargeError,
  IMAGE_TYPES,
  newFileKey,
} from "./store.ts";

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

/** `size` bytes of a repeating pattern, made as they are read (never one buffer), in 64 KiB chunks. */
function generated(size: number): Readable {
  const chunk = Buffer.alloc(64 * 1024);
  for (let i = 0; i < chunk.length; i++) chunk[i] = (i * 31 + 7) % 251;
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= size) return this.push(null);
      const n = Math.min(chunk.length, size - sent);
      sent += n;
      this.push(n === chunk.length ? Buffer.from(chunk) : chunk.subarray(0, n));
    },
  });
}
/** The byte at `offset` of a generated stream. */
const patternAt = (offset: number) => ((offset % (64 * 1024)) * 31 + 7) % 251;

async function readAll(stream: Readable | undefined): Promise<Buffer> {
  if (!stream) throw new Error("no stream");
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

describe.each(stores)("%s store, streamed", (name, make) => {
  it("puts a web stream and a Node stream, answering their size; stat tells size, type and time", async () => {
    const store = make();
    const bytes = randomBytes(300_000);
    const key = newFileKey("materials", "video/webm");
    const web = new Blob([new Uint8Array(bytes)]).stream();
    expect(await store.putStream(key, web, { maxBytes: 1024 * 1024, contentType: "video/webm" })).toEqual({
      size: bytes.length,
    });
    expect(Buffer.from((await store.get(key))!.bytes).equals(bytes)).toBe(true);
    const stat = await store.stat(key);
    expect(stat).toMatchObject({ size: bytes.length, contentType: "video/webm" });
    expect(Math.abs(stat!.modified.getTime() - Date.now())).toBeLessThan(60_000);

    const other = newFileKey("materials", "video/webm");
    expect(await store.putStream(other, generated(100_000), { maxBytes: 100_000 })).toEqual({
      size: 100_000,
    });
    expect((await store.stat(other))?.size).toBe(100_000);
    expect(await store.stat("materials/never-stored.webm")).toBeUndefined();
  });

  it("reads a range as just those bytes, from any offset to the end, and nothing for a missing key", async () => {
    const store = make();
    const bytes = randomBytes(200_000);
    const key = newFileKey("materials", "video/mp4");
    await store.putStream(key, Readable.from([bytes]), { maxBytes: bytes.length, contentType: "video/mp4" });
    // s3rver answers `bytes=0-0` with the whole object (it reads an end of 0 as none); S3 does not.
    for (const [start, end] of [
      ...(name === "directory" ? [[0, 0] as const] : []),
      [0, 3],
      [1000, 70_000],
      [199_990, 199_999],
    ] as const) {
      const got = await readAll(await store.getRange(key, start, end));
      expect(got.equals(bytes.subarray(start, end + 1)), `${start}-${end}`).toBe(true);
    }
    expect(await store.getRange("materials/never-stored.mp4", 0, 10)).toBeUndefined();
    await expect(store.getRange(key, 10, 5)).rejects.toThrow(RangeError);
  });

  it("stops at maxBytes with FileTooLargeError, leaving no object, not even one stored before", async () => {
    const store = make();
    const key = newFileKey("materials", "video/webm");
    const err = await store
      .putStream(key, generated(300_000), { maxBytes: 200_000 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileTooLargeError);
    expect((err as FileTooLargeError).maxBytes).toBe(200_000);
    expect(await store.stat(key)).toBeUndefined();
    // Exactly the limit is fine.
    expect(await store.putStream(key, generated(200_000), { maxBytes: 200_000 })).toEqual({ size: 200_000 });
  });

  it("streams a file larger than one S3 part (a multipart upload there) and reads ranges across parts", async () => {
    const store = make();
    const size = PART_BYTES * 2 + 12_345;
    const key = newFileKey("materials", "video/mp4");
    expect(await store.putStream(key, generated(size), { maxBytes: size, contentType: "video/mp4" })).toEqual(
      {
        size,
      },
    );
    expect((await store.stat(key))?.size).toBe(size);
    const start = PART_BYTES - 5;
    const got = await readAll(await store.getRange(key, start, start + 9));
    expect([...got]).toEqual(Array.from({ length: 10 }, (_, i) => patternAt(start + i)));
    const tooBig = newFileKey("materials", "video/mp4");
    await expect(
      store.putStream(tooBig, generated(size), { maxBytes: PART_BYTES + 1 }),
    ).rejects.toBeInstanceOf(FileTooLargeError);
    expect(await store.stat(tooBig)).toBeUndefined();
    await store.delete(key);
    expect(await store.stat(key)).toBeUndefined();
  });
});

describe("directory store, streamed", () => {
  it("shows no half file while a stream is being written, and leaves no temporary file after", async () => {
    const root = path.join(tmp, "atomic");
    const store = directoryStore(root);
    const key = newFileKey("materials", "video/webm");
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    async function* slow() {
      yield Buffer.alloc(50_000, 1);
      await gate;
      yield Buffer.alloc(50_000, 2);
    }
    const writing = store.putStream(key, Readable.from(slow()), {
      maxBytes: 1_000_000,
      contentType: "video/webm",
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(await store.stat(key)).toBeUndefined();
    expect(await store.get(key)).toBeUndefined();
    release();
    await writing;
    expect((await store.stat(key))?.size).toBe(100_000);
    expect(readdirSync(path.join(root, ".tmp"))).toEqual([]);
    expect(statSync(path.join(root, key)).mode & 0o777).toBe(0o600);

    // A source that fails half-way leaves nothing either.
    async function* broken() {
      yield Buffer.alloc(10_000);
      throw new Error("client went away");
    }
    const lost = newFileKey("materials", "video/webm");
    await expect(store.putStream(lost, Readable.from(broken()), { maxBytes: 1_000_000 })).rejects.toThrow(
      "client went away",
    );
    expect(await store.stat(lost)).toBeUndefined();
    expect(readdirSync(path.join(root, ".tmp"))).toEqual([]);
  });
});

describe("s3 store ranges", () => {
  it("asks the server for the range alone: a GET with a Range header, answered with those bytes", async () => {
    const store = s3Store(s3Settings);
    const bytes = randomBytes(100_000);
    const key = newFileKey("materials", "video/mp4");
    await store.put(key, bytes, "video/mp4");
    // The answer's own length says what crossed the network (the store does not slice).
    const stream = (await store.getRange(key, 10, 19)) as Readable & { headers?: Record<string, string> };
    expect(stream.headers?.["content-range"]).toBe(`bytes 10-19/${bytes.length}`);
    expect(stream.headers?.["content-length"]).toBe("10");
    expect((await readAll(stream)).equals(bytes.subarray(10, 20))).toBe(true);
  });
});

describe("directory store keys", () => {
  it("refuses keys that could leave its directory", async () => {
    const store = directoryStore(path.join(tmp, "files"));
    await expect(store.put("../escape", PNG, "image/png")).rejects.toThrow(/Invalid file key/);
    await expect(store.get("photos/../../etc/passwd")).rejects.toThrow(/Invalid file key/);
    await expect(store.put("/etc/passwd", PNG, "image/png")).rejects.toThrow(/Invalid file key/);
  });

  it("keeps uploads readable by this account only, whatever the process's umask", async () => {
    const store = directoryStore(path.join(tmp, "private-files"));
    const key = newFileKey("attachments/a-lab", "image/png");
    const before = process.umask(0o000);
    try {
      await store.put(key, PNG, "image/png");
    } finally {
      process.umask(before);
    }
    const file = path.join(tmp, "private-files", key);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(`${file}.type`).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(tmp, "private-files", "attachments")).mode & 0o777).toBe(0o700);
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
