// The one way an uploaded picture becomes a stored one (decision 0027): its type is read from its
// bytes; HEIC, what is not an image, more than 40 megapixels and damaged files are refused with a
// message for the form; the picture is turned upright by its EXIF orientation, its colours converted
// to sRGB, transparency laid on white (JPEG has none), an animated GIF or WebP reduced to its first
// frame, the longest side brought to 2048 px at most (never enlarged), and it is written as a
// progressive JPEG at quality 82 with no metadata at all (no EXIF, so no GPS position or camera
// serial; no XMP, IPTC or ICC profile), plus a 640 px thumbnail made from that result.
// JPEG because every channel takes it: browsers, mail, EPUB, PDF. sharp's default JPEG encoder, not
// its mozjpeg preset (trellis quantisation and progressive scans tuned for size: ≈ 5 × slower here).
import type { Sharp, SharpOptions } from "sharp";
import { AppError } from "../errors.ts";
import { type SniffedType, sniffImage } from "./detect.ts";
import "./messages.ts";

export const IMAGE_LIMITS = {
  maxPixels: 40_000_000,
  longestSide: 2048,
  thumbnailSide: 640,
  quality: 82,
} as const;

export type ImageRefusal = "heic" | "not-image" | "too-many-pixels" | "corrupt" | "too-large";

const KEYS: Record<ImageRefusal, string> = {
  heic: "images.heic",
  "not-image": "images.notImage",
  "too-many-pixels": "images.tooManyPixels",
  corrupt: "images.corrupt",
  "too-large": "images.tooLarge",
};

/**
 * An upload the pipeline will not take. Its message is a catalogue key, so a form shows it in the
 * reader's language (`t(err.message)`), and `fieldError` puts it next to a given field.
 */
export class ImageRefused extends AppError {
  constructor(readonly reason: ImageRefusal) {
    super(reason === "too-large" ? 413 : 422, `image-${reason}`, KEYS[reason]);
  }

  /** The same refusal as a field error of a form (422/413 with `[{ field, message }]`). */
  onField(field: string): AppError {
    return new AppError(this.status, this.code, this.message, [{ field, message: this.message }]);
  }
}

export type ProcessedImage = {
  /** The stored picture: a progressive JPEG, sRGB, no metadata, longest side ≤ 2048 px. */
  bytes: Uint8Array;
  width: number;
  height: number;
  /** The same picture with its longest side ≤ 640 px. */
  thumbnail: Uint8Array;
  /** What the upload was, from its bytes. */
  source: Exclude<SniffedType, "heic">;
  /** It had an alpha channel, now laid on white. */
  flattened: boolean;
  /** It had several frames (an animated GIF or WebP); only the first is kept. */
  firstFrameOnly: boolean;
};

type SharpModule = typeof import("sharp").default;
let loaded: Promise<SharpModule> | undefined;

// Loaded on the first image rather than at start-up (a native library of ≈ 20 MB). Its operation
// cache is off: uploads are never the same picture twice, and cached decodes only held memory.
function loadSharp(): Promise<SharpModule> {
  loaded ??= import("sharp").then(({ default: sharp }) => {
    sharp.cache(false);
    return sharp;
  });
  return loaded;
}

const OPTIONS: SharpOptions = {
  limitInputPixels: IMAGE_LIMITS.maxPixels,
  // Refuse real decoding errors (a truncated or damaged file), not libvips's warnings about harmless
  // oddities that many cameras write.
  failOn: "error",
  autoOrient: true,
  pages: 1,
};

const asJpeg = (s: Sharp) =>
  s.jpeg({ quality: IMAGE_LIMITS.quality, progressive: true, mozjpeg: false, chromaSubsampling: "4:2:0" });

function refusalOf(err: unknown): ImageRefused {
  const text = err instanceof Error ? err.message : String(err);
  if (/pixel limit/i.test(text)) return new ImageRefused("too-many-pixels");
  if (/unsupported image format|bad seek|not a known file format/i.test(text))
    return new ImageRefused("not-image");
  return new ImageRefused("corrupt");
}

/** Checks and converts one uploaded picture; throws `ImageRefused` for what it will not take. */
export async function processImage(input: Uint8Array): Promise<ProcessedImage> {
  const source = sniffImage(input);
  if (source === "heic") throw new ImageRefused("heic");
  if (!source) throw new ImageRefused("not-image");
  const sharp = await loadSharp();
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  let meta: Awaited<ReturnType<Sharp["metadata"]>>;
  try {
    meta = await sharp(bytes, OPTIONS).metadata();
  } catch (err) {
    throw refusalOf(err);
  }
  // A HEIF container that is not AVIF after all (a mislabelled brand): the same answer as HEIC.
  if (meta.format === "heif" && meta.compression !== "av1") throw new ImageRefused("heic");
  const expected = source === "avif" ? "heif" : source;
  if (meta.format !== expected) throw new ImageRefused("not-image");
  // Checked on the header before any pixel is decoded (sharp checks again while decoding).
  const frameHeight = meta.pageHeight ?? meta.height ?? 0;
  if ((meta.width ?? 0) * frameHeight > IMAGE_LIMITS.maxPixels) throw new ImageRefused("too-many-pixels");
  const flattened = Boolean(meta.hasAlpha);
  try {
    const side = IMAGE_LIMITS.longestSide;
    // Two passes: upright and resized first, still in the picture's own colour space with its ICC
    // profile kept (an uncompressed TIFF of at most 2048 px), then converted to sRGB, laid on white
    // and encoded. In one pass libvips converts the colours of all 12 megapixels of a phone photo
    // before resizing: ≈ 350 ms a photo instead of ≈ 180 ms (bench/images).
    const resized = await sharp(bytes, OPTIONS)
      .resize(side, side, { fit: "inside", withoutEnlargement: true })
      .keepIccProfile()
      .tiff({ compression: "none" })
      .toBuffer();
    const main = await asJpeg(
      sharp(resized, { failOn: "error" }).flatten({ background: "#ffffff" }).toColourspace("srgb"),
    ).toBuffer({ resolveWithObject: true });
    const thumb = IMAGE_LIMITS.thumbnailSide;
    const thumbnail = await asJpeg(
      sharp(main.data, { failOn: "error" }).resize(thumb, thumb, { fit: "inside", withoutEnlargement: true }),
    ).toBuffer();
    return {
      bytes: new Uint8Array(main.data.buffer, main.data.byteOffset, main.data.byteLength),
      width: main.info.width,
      height: main.info.height,
      thumbnail: new Uint8Array(thumbnail.buffer, thumbnail.byteOffset, thumbnail.byteLength),
      source,
      flattened,
      firstFrameOnly: (meta.pages ?? 1) > 1,
    };
  } catch (err) {
    if (err instanceof ImageRefused) throw err;
    throw refusalOf(err);
  }
}
