// What a file store does, apart from the stores themselves (store.ts picks one, s3-store.ts is one).
import type { Readable } from "node:stream";

export type StoredFile = { bytes: Uint8Array; contentType: string };

/** What a store knows of an object without reading it. */
export type FileStat = { size: number; contentType: string | undefined; modified: Date };

/** A body to stream in: a web stream (a request's body) or a Node stream (a multipart part). */
export type Source = ReadableStream<Uint8Array> | Readable;

export type FileStore = {
  /** Small files (images, captions): the whole object in memory. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<StoredFile | undefined>;
  /**
   * Streams `source` into `key`, never holding it whole. Over `maxBytes` it stops reading, removes
   * what it wrote and rejects with FileTooLargeError; an object is visible only once complete.
   */
  putStream(
    key: string,
    source: Source,
    opts: { maxBytes: number; contentType?: string },
  ): Promise<{ size: number }>;
  /** Bytes `start` to `end` (inclusive, as in HTTP ranges) as a stream; undefined for no such key. */
  getRange(key: string, start: number, end: number): Promise<Readable | undefined>;
  stat(key: string): Promise<FileStat | undefined>;
  delete(key: string): Promise<void>;
};

/** A streamed file went over its limit: nothing of it was kept. */
export class FileTooLargeError extends Error {
  override name = "FileTooLargeError";
  constructor(readonly maxBytes: number) {
    super(`The file is over the limit of ${maxBytes} bytes.`);
  }
}

/**
 * What a streamed form does with a file field (platform/http/streamed-form.ts): into the store, with
 * the types accepted (found from its first bytes) and the key it gets, or into memory (small files).
 */
export type FileRule =
  | { to: "store"; maxBytes: number; allowed: readonly string[]; key(mime: string): string }
  | { to: "memory"; maxBytes: number };

/** A streamed file now in the store under `key`, with the type detected from its content. */
export type StreamedFile = { key: string; contentType: string; size: number; name: string };

/** Why a streamed file was not stored. */
export type FileProblem = "empty" | "tooLarge" | "wrongType";
