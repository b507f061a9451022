// One storage module for photos, logos and attachments: a directory (DATA_DIR/files) by default,
// S3-compatible object storage when S3_* is configured, so app processes stay stateless when scaled
// out. Uploads are checked on their content (magic bytes), never on the file name.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Config } from "../config.ts";
import { AppError } from "../errors.ts";
import { newId } from "../ids.ts";
import "./messages.ts";

export type StoredFile = { bytes: Uint8Array; contentType: string };

export type FileStore = {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<StoredFile | undefined>;
  delete(key: string): Promise<void>;
};

const KEY = /^[a-z0-9-]+(\/[a-z0-9.-]+)*$/;

function checkKey(key: string) {
  if (!KEY.test(key) || key.includes("..")) throw new Error(`Invalid file key: ${key}`);
}

export function directoryStore(root: string): FileStore {
  const file = (key: string) => path.join(root, key);
  return {
    async put(key, bytes, contentType) {
      checkKey(key);
      await mkdir(path.dirname(file(key)), { recursive: true });
      await writeFile(file(key), bytes);
      await writeFile(`${file(key)}.type`, contentType);
    },
    async get(key) {
      checkKey(key);
      try {
        const [bytes, contentType] = await Promise.all([
          readFile(file(key)),
          readFile(`${file(key)}.type`, "utf8"),
        ]);
        return { bytes, contentType };
      } catch {
        return undefined;
      }
    },
    async delete(key) {
      checkKey(key);
      await rm(file(key), { force: true });
      await rm(`${file(key)}.type`, { force: true });
    },
  };
}

export async function createFileStore(config: Config): Promise<FileStore> {
  if (config.s3) {
    const { s3Store } = await import("./s3-store.ts");
    return s3Store(config.s3);
  }
  return directoryStore(path.join(config.dataDir, "files"));
}

export const IMAGE_TYPES = ["image/png", "image/jpeg", "image/webp", "image/gif"] as const;

/**
 * Checks an upload's real type from its bytes and its size; returns the detected MIME type.
 * Errors carry catalogue keys ("files.tooLarge", "files.wrongType") so forms can show them.
 */
export async function checkUpload(
  bytes: Uint8Array,
  rule: { maxBytes: number; allowed: readonly string[] },
): Promise<string> {
  if (bytes.byteLength === 0) throw new AppError(422, "empty-file", "files.empty");
  if (bytes.byteLength > rule.maxBytes) throw new AppError(413, "too-large", "files.tooLarge");
  // Loaded on the first upload rather than at start-up.
  const { fileTypeFromBuffer } = await import("file-type");
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !rule.allowed.includes(detected.mime)) {
    throw new AppError(422, "unsupported-file-type", "files.wrongType");
  }
  return detected.mime;
}

/** A new storage key under a folder, e.g. "photos/0190…-1a2b.png". */
export function newFileKey(folder: string, mime: string): string {
  const ext = mime.split("/")[1]?.replace("jpeg", "jpg") ?? "bin";
  return `${folder}/${newId()}.${ext}`;
}
