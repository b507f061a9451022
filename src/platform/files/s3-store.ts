// S3-compatible storage (MinIO, Ceph, AWS, or s3rver in tests).

import type { Readable } from "node:stream";
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from "@aws-sdk/client-s3";
import { checkRange, toReadable } from "./streams.ts";
import { type FileStore, FileTooLargeError } from "./types.ts";

type S3Settings = {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
};

/**
 * Streamed uploads go up in parts of this size (S3 wants at least 5 MiB for every part but the last):
 * one part is held in memory at a time. A file smaller than one part is a single PutObject.
 */
export const PART_BYTES = 8 * 1024 * 1024;

const notFound = (err: unknown) => {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === "NoSuchKey" || e.name === "NotFound" || e.$metadata?.httpStatusCode === 404;
};

export function s3Store(s: S3Settings): FileStore {
  const client = new S3Client({
    endpoint: s.endpoint,
    region: s.region,
    forcePathStyle: true,
    credentials: { accessKeyId: s.accessKeyId, secretAccessKey: s.secretAccessKey },
    // Without this, streamed uploads carry aws-chunked framing that s3rver stores verbatim.
    requestChecksumCalculation: "WHEN_REQUIRED",
  });
  const Bucket = s.bucket;
  return {
    async put(key, bytes, contentType) {
      await client.send(new PutObjectCommand({ Bucket, Key: key, Body: bytes, ContentType: contentType }));
    },
    async putStream(key, source, { maxBytes, contentType }) {
      // A multipart upload's object appears only when it is completed: an aborted one leaves nothing.
      let uploadId: string | undefined;
      const parts: { PartNumber: number; ETag: string | undefined }[] = [];
      let held: Buffer[] = [];
      let heldBytes = 0;
      let size = 0;
      const sendPart = async () => {
        uploadId ??= (
          await client.send(new CreateMultipartUploadCommand({ Bucket, Key: key, ContentType: contentType }))
        ).UploadId;
        const PartNumber = parts.length + 1;
        const body = Buffer.concat(held, heldBytes);
        held = [];
        heldBytes = 0;
        const out = await client.send(
          new UploadPartCommand({ Bucket, Key: key, UploadId: uploadId, PartNumber, Body: body }),
        );
        parts.push({ PartNumber, ETag: out.ETag });
      };
      try {
        for await (const chunk of toReadable(source)) {
          const bytes = chunk as Buffer;
          size += bytes.length;
          if (size > maxBytes) throw new FileTooLargeError(maxBytes);
          held.push(bytes);
          heldBytes += bytes.length;
          if (heldBytes >= PART_BYTES) await sendPart();
        }
        if (uploadId === undefined) {
          const Body = Buffer.concat(held, heldBytes);
          await client.send(new PutObjectCommand({ Bucket, Key: key, Body, ContentType: contentType }));
        } else {
          if (heldBytes > 0) await sendPart();
          await client.send(
            new CompleteMultipartUploadCommand({
              Bucket,
              Key: key,
              UploadId: uploadId,
              MultipartUpload: { Parts: parts },
            }),
          );
        }
        return { size };
      } catch (err) {
        if (uploadId !== undefined) {
          // Best effort (s3rver has no abort); a bucket lifecycle rule clears what is left.
          await client
            .send(new AbortMultipartUploadCommand({ Bucket, Key: key, UploadId: uploadId }))
            .catch(() => undefined);
        }
        throw err;
      }
    },
    async get(key) {
      try {
        const out = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        if (!out.Body) return undefined;
        return {
          bytes: await out.Body.transformToByteArray(),
          contentType: out.ContentType ?? "application/octet-stream",
        };
      } catch (err) {
        if (notFound(err)) return undefined;
        throw err;
      }
    },
    async getRange(key, start, end) {
      checkRange(start, end);
      try {
        // The server sends only these bytes: nothing else of the object crosses the network.
        const out = await client.send(
          new GetObjectCommand({ Bucket, Key: key, Range: `bytes=${start}-${end}` }),
        );
        return out.Body as Readable | undefined;
      } catch (err) {
        if (notFound(err)) return undefined;
        throw err;
      }
    },
    async stat(key) {
      try {
        const out = await client.send(new HeadObjectCommand({ Bucket, Key: key }));
        return {
          size: out.ContentLength ?? 0,
          contentType: out.ContentType,
          modified: out.LastModified ?? new Date(0),
        };
      } catch (err) {
        if (notFound(err)) return undefined;
        throw err;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
  };
}
