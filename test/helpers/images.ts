// Pictures for the image pipeline's tests, made with sharp itself: a phone-like JPEG carrying GPS
// EXIF, XMP, IPTC and a Display P3 ICC profile; one per EXIF orientation whose pixels are stored
// turned so that only honouring the tag shows it upright; a PNG with transparency; an animated GIF;
// a file that is HEIC by its header; and a PNG whose header claims 100 megapixels.
import { crc32 } from "node:zlib";
import sharp, { type Sharp } from "sharp";

/** Quadrant colours of the upright test picture (top-left red: the marked corner). */
export const QUADRANTS = {
  topLeft: [230, 20, 20],
  topRight: [20, 200, 20],
  bottomLeft: [20, 20, 230],
  bottomRight: [250, 250, 250],
} as const;

const rgb = ([r, g, b]: readonly number[]) => ({ r: r!, g: g!, b: b! });

/** An upright W×H picture (PNG) made of four coloured quadrants. */
export async function quadrants(width = 120, height = 80): Promise<Buffer> {
  const w = width / 2;
  const h = height / 2;
  const block = (c: readonly number[]) =>
    sharp({ create: { width: w, height: h, channels: 3, background: rgb(c) } })
      .png()
      .toBuffer();
  return sharp({ create: { width, height, channels: 3, background: "#000" } })
    .composite([
      { input: await block(QUADRANTS.topLeft), left: 0, top: 0 },
      { input: await block(QUADRANTS.topRight), left: w, top: 0 },
      { input: await block(QUADRANTS.bottomLeft), left: 0, top: h },
      { input: await block(QUADRANTS.bottomRight), left: w, top: h },
    ])
    .png()
    .toBuffer();
}

const step = (input: Buffer, f: (s: Sharp) => Sharp) => f(sharp(input)).png().toBuffer();

/**
 * A JPEG tagged with EXIF orientation `o` whose stored pixels are the upright picture turned by the
 * inverse of what the tag asks: a viewer that honours the tag shows `quadrants()` upright.
 */
export async function orientedJpeg(o: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8): Promise<Buffer> {
  const up = await quadrants();
  const stored = await {
    1: async () => up,
    2: () => step(up, (s) => s.flop()),
    3: () => step(up, (s) => s.rotate(180)),
    4: () => step(up, (s) => s.flip()),
    5: async () => step(await step(up, (s) => s.rotate(90)), (s) => s.flop()),
    6: () => step(up, (s) => s.rotate(270)),
    7: async () => step(await step(up, (s) => s.rotate(270)), (s) => s.flop()),
    8: () => step(up, (s) => s.rotate(90)),
  }[o]();
  return sharp(stored).jpeg({ quality: 95 }).withMetadata({ orientation: o }).toBuffer();
}

const XMP = `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:exif="http://ns.adobe.com/exif/1.0/"
 exif:GPSLatitude="41,54.0N" exif:GPSLongitude="12,29.0E"><dc:creator><rdf:Seq><rdf:li>Mario Rossi</rdf:li></rdf:Seq></dc:creator></rdf:Description>
</rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;

/** An APP13 ("Photoshop 3.0") segment with one IPTC record: 2:120 caption and 2:80 by-line. */
function iptcSegment(): Buffer {
  const dataset = (tag: number, text: string) => {
    const value = Buffer.from(text, "utf8");
    return Buffer.concat([Buffer.from([0x1c, 2, tag, value.length >> 8, value.length & 0xff]), value]);
  };
  const records = Buffer.concat([dataset(120, "Piazza del Popolo, Roma"), dataset(80, "Mario Rossi")]);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(records.length);
  // Resource data is padded to an even length.
  const iptc = records.length % 2 ? Buffer.concat([records, Buffer.from([0])]) : records;
  const body = Buffer.concat([
    Buffer.from("Photoshop 3.0\0", "latin1"),
    Buffer.from("8BIM", "latin1"),
    Buffer.from([0x04, 0x04, 0, 0]), // resource 0x0404 (IPTC), empty even-padded name
    size,
    iptc,
  ]);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(body.length + 2);
  return Buffer.concat([Buffer.from([0xff, 0xed]), length, body]);
}

/** Inserts a segment right after a JPEG's SOI marker. */
const withSegment = (jpeg: Buffer, segment: Buffer) =>
  Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]);

// Gaussian noise, made once per size (making 12 megapixels of it took seconds a photo).
const noises = new Map<string, Promise<Buffer>>();
function noiseOf(width: number, height: number): Promise<Buffer> {
  const key = `${width}x${height}`;
  let noise = noises.get(key);
  if (!noise) {
    noise = sharp({
      create: {
        width,
        height,
        channels: 3,
        background: "#808080",
        noise: { type: "gaussian", mean: 128, sigma: 30 },
      },
    })
      .raw()
      .toBuffer();
    noises.set(key, noise);
  }
  return noise;
}

/** GPS position of the phone photo: Rome (41°54′ N, 12°29′ E). */
export const PHONE_GPS = { latitude: 41.9, longitude: 12.483 };

/**
 * A phone-like JPEG: camera EXIF with a GPS position, XMP, IPTC and a Display P3 ICC profile, of
 * the given size, with noise and a gradient so it compresses like a photo.
 */
export async function phonePhoto(width = 640, height = 480, seed = 0): Promise<Buffer> {
  // The gradient's colours turn with the seed, so a series of photos are not all alike. It is drawn
  // at a quarter of the size and enlarged (drawing 12 megapixels of SVG was most of the cost), and
  // the noise is composited as raw pixels (the same noise for every photo of a size).
  const hue = (seed * 47) % 360;
  const [w, h] = [Math.ceil(width / 4), Math.ceil(height / 4)];
  const gradient = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},60%,45%)"/><stop offset="1" stop-color="hsl(${(hue + 150) % 360},70%,70%)"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/><circle cx="${(seed * 131) % w}" cy="${(seed * 71) % h}" r="${h / 4}" fill="hsl(${(hue + 60) % 360},50%,50%)" fill-opacity="0.6"/></svg>`,
  );
  const noise = await noiseOf(width, height);
  const jpeg = await sharp(gradient)
    .resize(width, height, { fit: "fill" })
    .composite([{ input: noise, raw: { width, height, channels: 3 }, blend: "soft-light" }])
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: "Fonophone", Model: "F12 Pro", Software: "Camera 17.2" },
      IFD2: { DateTimeOriginal: "2026:05:01 10:20:30", BodySerialNumber: "SN-0042-7788" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "41/1 54/1 0/1",
        GPSLongitudeRef: "E",
        GPSLongitude: "12/1 29/1 0/1",
      },
    })
    .withXmp(XMP)
    .withIccProfile("p3")
    .toBuffer();
  return withSegment(jpeg, iptcSegment());
}

/** A PNG with an opaque red left half and a fully transparent right half. */
export async function transparentPng(): Promise<Buffer> {
  const half = await sharp({
    create: { width: 50, height: 60, channels: 4, background: { r: 230, g: 20, b: 20, alpha: 1 } },
  })
    .png()
    .toBuffer();
  return sharp({
    create: { width: 100, height: 60, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
  })
    .composite([{ input: half, left: 0, top: 0 }])
    .png()
    .toBuffer();
}

/** A two-frame animated GIF (40×30): a red frame, then a blue one. */
export async function animatedGif(): Promise<Buffer> {
  const frame = (c: readonly number[]) =>
    sharp({ create: { width: 40, height: 30, channels: 3, background: rgb(c) } })
      .raw()
      .toBuffer();
  const frames = Buffer.concat([await frame([230, 20, 20]), await frame([20, 20, 230])]);
  return sharp(frames, { raw: { width: 40, height: 60, channels: 3, pageHeight: 30 } })
    .gif({ delay: [200, 200] })
    .toBuffer();
}

/** The first bytes of an iPhone photo: an ISO-BMFF `ftyp` box of brand `heic` (and `mif1`). */
export function heicLike(): Buffer {
  const ftyp = Buffer.concat([
    Buffer.from([0, 0, 0, 0x18]),
    Buffer.from("ftypheic", "latin1"),
    Buffer.from([0, 0, 0, 0]),
    Buffer.from("mif1heic", "latin1"),
  ]);
  return Buffer.concat([ftyp, Buffer.alloc(2000, 7)]);
}

/** A tiny valid PNG whose header claims width × height pixels (a decompression bomb's header). */
export async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(
    await sharp({ create: { width: 1, height: 1, channels: 3, background: "#fff" } })
      .png()
      .toBuffer(),
  );
  // IHDR's data starts at byte 16 (8 signature + 4 length + 4 type); its CRC covers type and data.
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)) >>> 0, 29);
  return png;
}

/** The colour of the pixel at (x, y) of an image, as [r, g, b]. */
export async function pixel(image: Uint8Array, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return [data[i]!, data[i + 1]!, data[i + 2]!];
}
