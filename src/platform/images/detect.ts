// What an upload is, from its first bytes, never from its name or the browser's MIME type. Only the
// formats the pipeline takes are named; HEIC is named so that it can be refused with its own message
// (the prebuilt sharp decodes AVIF but not HEVC-coded HEIF, and iPhones send HEIC by default).

export type SniffedType = "jpeg" | "png" | "gif" | "webp" | "avif" | "heic";

const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

// ISO-BMFF brands (the `ftyp` box) of HEIF files coded with HEVC, and of the generic HEIF image
// brands, which without `avif` among them mean HEIC in practice.
const HEIC_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs", "mif1", "msf1"]);
const AVIF_BRANDS = new Set(["avif", "avis"]);

function ftypBrands(b: Uint8Array): string[] | null {
  if (b.length < 16 || ascii(b, 4, 8) !== "ftyp") return null;
  const size = Math.min(((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0, b.length, 4096);
  const brands = [ascii(b, 8, 12)]; // major brand; then minor version (4 bytes); then compatible brands
  for (let i = 16; i + 4 <= size; i += 4) brands.push(ascii(b, i, i + 4));
  return brands;
}

export function sniffImage(b: Uint8Array): SniffedType | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "jpeg";
  if (b.length >= 8 && ascii(b, 0, 8) === "\x89PNG\r\n\x1a\n") return "png";
  if (b.length >= 6 && (ascii(b, 0, 6) === "GIF87a" || ascii(b, 0, 6) === "GIF89a")) return "gif";
  if (b.length >= 12 && ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 12) === "WEBP") return "webp";
  const brands = ftypBrands(b);
  if (brands?.some((x) => AVIF_BRANDS.has(x))) return "avif";
  if (brands?.some((x) => HEIC_BRANDS.has(x))) return "heic";
  return null;
}
