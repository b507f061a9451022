// Makes the benchmark's phone photos once and keeps them under .tmp/bench-images: 4000 × 3000 JPEGs
// (12 megapixels) with a gradient, a shape and noise (so they compress like photos, ≈ 3–5 MB each),
// camera EXIF with a GPS position, XMP, IPTC and a Display P3 profile, like a phone's. Run on its own
// by run.ts, so that making them does not count in the benchmark's peak RSS.
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { phonePhoto } from "../../test/helpers/images.ts";

const [dir, countArg] = process.argv.slice(2);
const count = Number(countArg);
mkdirSync(dir!, { recursive: true });
for (let i = 0; i < count; i++) {
  const file = path.join(dir!, `photo-${String(i).padStart(3, "0")}.jpg`);
  if (existsSync(file)) continue;
  writeFileSync(`${file}.part`, await phonePhoto(4000, 3000, i));
  // Renamed only when whole: an interrupted run leaves no half photo behind.
  renameSync(`${file}.part`, file);
  if ((i + 1) % 20 === 0) process.stdout.write(`  ${i + 1}/${count} photos made\n`);
}
