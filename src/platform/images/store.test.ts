// Storing pictures through the pipeline in a real directory store: the JPEG and its thumbnail land
// under new keys, deleteImage removes both, and re-processing an old upload is done once, skips a
// missing file, and leaves a file the pipeline refuses as it was.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import exifr from "exifr";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { heicLike, phonePhoto, transparentPng } from "../../../test/helpers/images.ts";
import { directoryStore } from "../files/store.ts";
import { ImageRefused } from "./pipeline.ts";
import { deleteImage, reprocessStoredImage, storeImage, thumbnailKey } from "./store.ts";

const tmp = mkdtempSync(path.join(os.tmpdir(), "bottega-images-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const files = directoryStore(tmp);

describe("storeImage", () => {
  it("stores the processed JPEG and its thumbnail, and deleteImage removes both", async () => {
    const stored = await storeImage(files, "photos", await phonePhoto(), { maxBytes: 5_000_000 });
    expect(stored.key).toMatch(/^photos\/[0-9a-f-]+\.jpg$/);
    expect(stored.thumbnailKey).toBe(thumbnailKey(stored.key));
    const main = await files.get(stored.key);
    expect(main?.contentType).toBe("image/jpeg");
    expect(main?.bytes.byteLength).toBe(stored.byteSize);
    expect(await exifr.gps(Buffer.from(main!.bytes))).toBeUndefined();
    expect((await sharp((await files.get(stored.thumbnailKey))!.bytes).metadata()).format).toBe("jpeg");

    await deleteImage(files, stored.key);
    expect(await files.get(stored.key)).toBeUndefined();
    expect(await files.get(stored.thumbnailKey)).toBeUndefined();
  });

  it("refuses a file over the byte limit and an empty one before decoding", async () => {
    const big = await phonePhoto();
    await expect(storeImage(files, "photos", big, { maxBytes: 1000 })).rejects.toMatchObject({
      reason: "too-large",
      status: 413,
    });
    await expect(storeImage(files, "photos", new Uint8Array(), { maxBytes: 1000 })).rejects.toMatchObject({
      message: "files.empty",
    });
    await expect(storeImage(files, "photos", heicLike(), { maxBytes: 1e6 })).rejects.toBeInstanceOf(
      ImageRefused,
    );
  });
});

describe("reprocessStoredImage", () => {
  it("re-processes an upload stored as it came, once", async () => {
    const oldKey = "practices/0190aaaa-0000-7000-8000-000000000001.png";
    await files.put(oldKey, await transparentPng(), "image/png");
    const first = await reprocessStoredImage(files, oldKey, "practices");
    expect(first.status).toBe("processed");
    if (first.status !== "processed") return;
    expect(first.image).toMatchObject({ contentType: "image/jpeg", flattened: true });
    expect((await sharp((await files.get(first.image.key))!.bytes).metadata()).format).toBe("jpeg");
    // The caller points its row at the new key; a second run over that key does nothing.
    expect(await reprocessStoredImage(files, first.image.key, "practices")).toEqual({
      status: "skipped",
      reason: "already-processed",
    });
  });

  it("skips a file that is missing, and one the pipeline refuses, leaving it in place", async () => {
    expect(
      await reprocessStoredImage(files, "photos/0190aaaa-0000-7000-8000-00000000dead.jpg", "photos"),
    ).toEqual({
      status: "skipped",
      reason: "missing",
    });
    const heicKey = "photos/0190aaaa-0000-7000-8000-000000000002.jpg";
    await files.put(heicKey, heicLike(), "image/jpeg");
    expect(await reprocessStoredImage(files, heicKey, "photos")).toEqual({
      status: "skipped",
      reason: "heic",
    });
    expect(await files.get(heicKey)).toBeDefined();
  });
});
