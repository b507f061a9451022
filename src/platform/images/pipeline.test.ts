// The image pipeline on pictures made in the test with sharp: after it, exifr finds nothing of the
// phone photo's GPS position, camera EXIF, XMP, IPTC or ICC profile (and neither do the bytes); every
// EXIF orientation comes out upright (the red corner is top-left); big pictures shrink to 2048 px and
// small ones are not enlarged; transparency is laid on white; an animated GIF keeps its first frame;
// HEIC, non-images, 100-megapixel headers and damaged files are refused with their own messages.
import exifr from "exifr";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import {
  animatedGif,
  heicLike,
  orientedJpeg,
  phonePhoto,
  pixel,
  pngClaiming,
  QUADRANTS,
  transparentPng,
} from "../../../test/helpers/images.ts";
import { translator } from "../i18n/index.ts";
import { ImageRefused, processImage } from "./pipeline.ts";

const near = (got: number[], want: readonly number[], tolerance = 24) =>
  got.every((v, i) => Math.abs(v - want[i]!) <= tolerance);

const EVERYTHING = {
  tiff: true,
  exif: true,
  gps: true,
  xmp: true,
  iptc: true,
  icc: true,
  jfif: false,
  ifd1: true,
};

async function refusal(bytes: Uint8Array): Promise<ImageRefused> {
  const err = await processImage(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ImageRefused);
  return err as ImageRefused;
}

describe("processImage", () => {
  it("strips GPS, camera EXIF, XMP, IPTC and the ICC profile, converting the colours to sRGB", async () => {
    const photo = await phonePhoto();
    // The fixture really carries all of it.
    const before = await exifr.parse(photo, EVERYTHING);
    expect(before.latitude).toBeCloseTo(41.9, 2);
    expect(before.SerialNumber).toBe("SN-0042-7788");
    expect(before.Caption).toBe("Piazza del Popolo, Roma");
    expect(before.creator).toBe("Mario Rossi");
    expect(before.ProfileDescription).toBeTruthy();

    const out = await processImage(photo);
    expect(await exifr.parse(Buffer.from(out.bytes), EVERYTHING)).toBeUndefined();
    expect(await exifr.gps(Buffer.from(out.bytes))).toBeUndefined();
    const meta = await sharp(out.bytes).metadata();
    expect(meta).toMatchObject({
      format: "jpeg",
      isProgressive: true,
      space: "srgb",
      chromaSubsampling: "4:2:0",
    });
    for (const block of ["exif", "xmp", "iptc", "icc"] as const) expect(meta[block]).toBeUndefined();
    // Nor any of their markers anywhere in the file (an APP segment exifr might not parse).
    const text = Buffer.from(out.bytes).toString("latin1");
    for (const marker of [
      "Exif\0",
      "http://ns.adobe.com/xap",
      "Photoshop 3.0",
      "ICC_PROFILE",
      "Fonophone",
      "Mario",
    ])
      expect(text).not.toContain(marker);
    // And the thumbnail is as clean.
    expect(await exifr.parse(Buffer.from(out.thumbnail), EVERYTHING)).toBeUndefined();
  });

  it("converts a Display P3 picture's colours to sRGB rather than dropping the profile", async () => {
    const p3 = await sharp({
      create: { width: 64, height: 64, channels: 3, background: { r: 200, g: 100, b: 50 } },
    })
      .jpeg({ quality: 100 })
      .withIccProfile("p3")
      .toBuffer();
    // Its stored numbers are P3 values, visibly different from the sRGB colour they mean ...
    const stored = await sharp(p3, { ignoreIcc: true }).raw().toBuffer();
    expect(near([stored[0]!, stored[1]!, stored[2]!], [200, 100, 50], 8)).toBe(false);
    // ... and the pipeline's output, with no profile, holds the sRGB colour again.
    const out = await processImage(p3);
    expect((await sharp(out.bytes).metadata()).icc).toBeUndefined();
    expect(near(await pixel(out.bytes, 32, 32), [200, 100, 50], 6)).toBe(true);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8] as const)(
    "turns EXIF orientation %i upright and drops the tag",
    async (o) => {
      const input = await orientedJpeg(o);
      expect((await sharp(input).metadata()).orientation).toBe(o);
      const out = await processImage(input);
      expect([out.width, out.height]).toEqual([120, 80]);
      expect((await sharp(out.bytes).metadata()).orientation).toBeUndefined();
      expect(await exifr.parse(Buffer.from(out.bytes), EVERYTHING)).toBeUndefined();
      // The marked corner, and the three others, where an upright picture has them.
      expect(near(await pixel(out.bytes, 10, 10), QUADRANTS.topLeft)).toBe(true);
      expect(near(await pixel(out.bytes, 110, 10), QUADRANTS.topRight)).toBe(true);
      expect(near(await pixel(out.bytes, 10, 70), QUADRANTS.bottomLeft)).toBe(true);
      expect(near(await pixel(out.bytes, 110, 70), QUADRANTS.bottomRight)).toBe(true);
    },
  );

  it("brings the longest side to 2048 px, makes a 640 px thumbnail, and never enlarges", async () => {
    const big = await phonePhoto(4000, 3000);
    const out = await processImage(big);
    expect([out.width, out.height]).toEqual([2048, 1536]);
    const thumb = await sharp(out.thumbnail).metadata();
    expect([thumb.width, thumb.height]).toEqual([640, 480]);
    expect(thumb).toMatchObject({ format: "jpeg", isProgressive: true });

    const tall = await processImage(await phonePhoto(1500, 3000));
    expect([tall.width, tall.height]).toEqual([1024, 2048]);

    const small = await processImage(await phonePhoto(300, 200));
    expect([small.width, small.height]).toEqual([300, 200]);
    expect(await sharp(small.thumbnail).metadata()).toMatchObject({ width: 300, height: 200 });
  });

  it("lays a transparent PNG on white and says so", async () => {
    const out = await processImage(await transparentPng());
    expect(out).toMatchObject({ source: "png", flattened: true, firstFrameOnly: false });
    expect((await sharp(out.bytes).metadata()).format).toBe("jpeg");
    expect(near(await pixel(out.bytes, 10, 30), [230, 20, 20])).toBe(true);
    expect(near(await pixel(out.bytes, 90, 30), [255, 255, 255], 4)).toBe(true);
  });

  it("keeps the first frame of an animated GIF and says so", async () => {
    const out = await processImage(await animatedGif());
    expect(out).toMatchObject({ source: "gif", firstFrameOnly: true, width: 40, height: 30 });
    expect(near(await pixel(out.bytes, 20, 15), [230, 20, 20])).toBe(true);
  });

  it("takes WebP and opaque PNG, without saying anything", async () => {
    const webp = await sharp(await orientedJpeg(1))
      .webp()
      .toBuffer();
    expect(await processImage(webp)).toMatchObject({
      source: "webp",
      flattened: false,
      firstFrameOnly: false,
    });
    const png = await sharp(await orientedJpeg(1))
      .png()
      .toBuffer();
    expect(await processImage(png)).toMatchObject({ source: "png", flattened: false });
  });

  it("refuses HEIC with its own message, in Italian and in English", async () => {
    const err = await refusal(heicLike());
    expect(err).toMatchObject({ reason: "heic", status: 422, message: "images.heic" });
    const it = translator("it")(err.message);
    const en = translator("en")(err.message);
    expect(it).toContain("HEIC");
    expect(it).toContain("JPEG");
    expect(en).toContain("HEIC");
    expect(it).not.toBe(en);
    expect(err.onField("photo").fieldErrors).toEqual([{ field: "photo", message: "images.heic" }]);
  });

  it("refuses what is not an image by its content, whatever it is called", async () => {
    const pdf = Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");
    expect((await refusal(pdf)).reason).toBe("not-image");
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    expect((await refusal(svg)).reason).toBe("not-image");
    expect((await refusal(new Uint8Array(0))).reason).toBe("not-image");
    // A PNG signature on a body that is not one.
    const fake = Buffer.concat([Buffer.from("\x89PNG\r\n\x1a\n", "latin1"), Buffer.alloc(100, 1)]);
    expect(["not-image", "corrupt"]).toContain((await refusal(fake)).reason);
  });

  it("refuses more than 40 megapixels from the header, before decoding a pixel", async () => {
    const err = await refusal(await pngClaiming(10_000, 10_000));
    expect(err).toMatchObject({ reason: "too-many-pixels", message: "images.tooManyPixels" });
  });

  it("refuses a damaged (truncated) JPEG", async () => {
    const photo = await phonePhoto(800, 600);
    const err = await refusal(photo.subarray(0, Math.floor(photo.length * 0.6)));
    expect(err).toMatchObject({ reason: "corrupt", message: "images.corrupt" });
    expect(translator("en")("images.corrupt")).not.toBe("images.corrupt");
  });
});
