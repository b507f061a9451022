// One storage module for photos, logos and attachments: a directory (DATA_DIR/files) by default,
// S3-compatible object storage when S3_* is configured, so app processes stay stateless when scaled
// out. Uploads are checked on their content (magic bytes), never on the file name.
import { createWriteStream } from "node:fs";
import { mkdir, open, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import type { Config } from "../config.ts";
import { AppError } from "../errors.ts";
import { newId } from "../ids.ts";
import "./messages.ts";
import { checkRange, limitBytes, toReadable } from "./streams.ts";
import type { FileStore } from "./types.ts";

export type {
  FileProblem,
  FileRule,
  FileStat,
  FileStore,
  StoredFile,
  StreamedFile,
} from "./types.ts";
export { FileTooLargeError } from "./types.ts";

const KEY = /^[a-z0-9-]+(\/[a-z0-9.-]+)*$/;

function checkKey(key: string) {
  if (!KEY.test(key) || key.includes("..")) throw new Error(`Invalid file key: ${key}`);
}

const missing = (err: unknown) => (err as { code?: string }).code === "ENOENT";

/**
 * Files under `root`, each with its type in a `.type` file beside it. Everything is written to
 * `root/.tmp` (same file system; no key can name it, keys start with a letter or digit) and renamed
 * into place, so a reader never sees half a file, and a failed or refused upload leaves nothing.
 */
export function directoryStore(root: string): FileStore {
  const file = (key: string) => path.join(root, key);
  const tmpDir = path.join(root, ".tmp");
  // Private uploads: for this account only, whatever the process's umask (see db/data-dir-mode.ts).
  const dirs = async (key: string) => {
    await mkdir(tmpDir, { recursive: true, mode: 0o700 });
    await mkdir(path.dirname(file(key)), { recursive: true, mode: 0o700 });
  };
  const tmpFile = () => path.join(tmpDir, newId());
  async function writeType(key: string, contentType: string | undefined) {
    if (contentType === undefined) return rm(`${file(key)}.type`, { force: true });
    const tmp = tmpFile();
    await writeFile(tmp, contentType, { mode: 0o600 });
    await rename(tmp, `${file(key)}.type`);
  }
  return {
    async put(key, bytes, contentType) {
      checkKey(key);
      await dirs(key);
      const tmp = tmpFile();
      try {
        await writeFile(tmp, bytes, { mode: 0o600 });
        await writeType(key, contentType);
        await rename(tmp, file(key));
      } finally {
        await rm(tmp, { force: true });
      }
    },
    async putStream(key, source, { maxBytes, contentType }) {
      checkKey(key);
      await dirs(key);
      const tmp = tmpFile();
      const limit = limitBytes(maxBytes);
      try {
        await pipeline(toReadable(source), limit, createWriteStream(tmp, { mode: 0o600, flags: "wx" }));
        await writeType(key, contentType);
        await rename(tmp, file(key));
        return { size: limit.bytes() };
      } finally {
        await rm(tmp, { force: true });
      }
    },
    async get(key) {
      checkKey(key);
      try {
        const [bytes, contentType] = await Promise.all([
          readFile(file(key)),
          readFile(`${file(key)}.type`, "utf8").catch(() => "application/octet-stream"),
        ]);
        return { bytes, contentType };
      } catch {
        return undefined;
      }
    },
    async getRange(key, start, end) {
      checkKey(key);
      checkRange(start, end);
      // Opened here, so a missing file is an answer (undefined) rather than a stream's later error.
      const handle = await open(file(key), "r").catch((err: unknown) => {
        if (missing(err)) return undefined;
        throw err;
      });
      return handle?.createReadStream({ start, end });
    },
    async stat(key) {
      checkKey(key);
      try {
        const [s, contentType] = await Promise.all([
          stat(file(key)),
          readFile(`${file(key)}.type`, "utf8").catch(() => undefined),
        ]);
        return { size: s.size, contentType, modified: s.mtime };
      } catch (err) {
        if (missing(err)) return undefined;
        throw err;
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
