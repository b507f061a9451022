// The one-off re-processing of practice pictures stored before the image pipeline, run by the real
// queue: a phone photo stored as it came (GPS and all) becomes the pipeline's JPEG and its row points
// there; the original is deleted; a row whose file is missing is left alone and does not stop the
// job; a second run finds everything processed and changes nothing.
import exifr from "exifr";
import { sql } from "kysely";
import sharp from "sharp";
import { afterAll, beforeAll, expect, it } from "vitest";
import { phonePhoto } from "../../../../test/helpers/images.ts";
import { buildPractice } from "../../../../test/helpers/practices.ts";
import { createTestRuntime, type TestRuntime } from "../../../../test/helpers/runtime.ts";
import { newId } from "../../../platform/ids.ts";
import { thumbnailKey } from "../../../platform/images/store.ts";
import { scheduleOnce } from "../../../platform/jobs/once.ts";
import { insertMedia } from "./repo.ts";

const JOB = "practices.images.reprocess";
let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
}, 60_000);
afterAll(() => t.close());

const rowOf = async (id: string) =>
  (
    await sql<{ file_key: string; content_type: string; byte_size: number; filename: string }>`
      select file_key, content_type, byte_size, filename from practice_media where id = ${id}`.execute(
      t.deps.db,
    )
  ).rows[0]!;

/** Makes the queued job due now and waits until it has written its marker. */
async function runJob() {
  await sql`update pgboss.job set start_after = now() where name = ${JOB} and state = 'created'`.execute(
    t.deps.db,
  );
  const end = Date.now() + 20_000;
  for (;;) {
    const done = await sql`select 1 from one_off_jobs where name = ${JOB}`.execute(t.deps.db);
    if (done.rows.length) return;
    if (Date.now() > end) throw new Error("the re-processing job did not finish");
    await new Promise((r) => setTimeout(r, 100));
  }
}

it("re-processes stored pictures once, skipping missing files", async () => {
  const practice = await buildPractice(t);
  const media = async (key: string, bytes: number, filename: string) => {
    const id = newId();
    await insertMedia(t.deps.db, {
      id,
      practice_id: practice.id,
      kind: "image",
      file_key: key,
      content_type: "image/jpeg",
      byte_size: bytes,
      filename,
      title: null,
      alt: "Foto",
      position: 0,
      created_by: null,
      created_at: new Date(),
    });
    return id;
  };
  // As uploads were stored before the pipeline: the bytes as they came.
  const photo = await phonePhoto(2600, 1200);
  const oldKey = `practices/${newId()}.jpg`;
  await t.deps.files.put(oldKey, photo, "image/jpeg");
  const withPhoto = await media(oldKey, photo.byteLength, "IMG_0001.JPG");
  const missingKey = `practices/${newId()}.png`;
  const missing = await media(missingKey, 10, "perso.png");

  await runJob();
  const row = await rowOf(withPhoto);
  expect(row.file_key).not.toBe(oldKey);
  expect(row).toMatchObject({ content_type: "image/jpeg", filename: "IMG_0001.jpg" });
  const stored = Buffer.from((await t.deps.files.get(row.file_key))!.bytes);
  expect(row.byte_size).toBe(stored.byteLength);
  expect(await exifr.parse(stored, { tiff: true, gps: true, xmp: true, iptc: true })).toBeUndefined();
  expect(await sharp(stored).metadata()).toMatchObject({ width: 2048, height: 945 });
  expect(await t.deps.files.get(thumbnailKey(row.file_key))).toBeDefined();
  expect(await t.deps.files.get(oldKey)).toBeUndefined();
  expect((await rowOf(missing)).file_key).toBe(missingKey);

  // Queued again (its marker removed): everything is processed already, nothing changes.
  await sql`delete from one_off_jobs where name = ${JOB}`.execute(t.deps.db);
  await scheduleOnce(t.deps, 0);
  await runJob();
  expect(await rowOf(withPhoto)).toEqual(row);
});
