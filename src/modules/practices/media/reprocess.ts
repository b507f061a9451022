// The pictures stored before the image pipeline, re-processed once (platform/jobs/once.ts): each
// becomes the pipeline's JPEG (no GPS position, upright, ≤ 2048 px) under a new key, its row points
// there, and the original is deleted. Pictures with a thumbnail were made by the pipeline: skipped.

import { jpegFileName, reprocessImages } from "../../../platform/images/store.ts";
import { once } from "../../../platform/jobs/once.ts";
import { pointMediaAt, storedPictures } from "./repo.ts";

export const reprocessPracticeImages = once("practices.images.reprocess", async (deps) => {
  const rows = (await storedPictures(deps.db)).map((r) => ({ ...r, key: r.file_key }));
  await reprocessImages(deps, "practice media", rows, "practices", (row, image) =>
    pointMediaAt(deps.db, row.id, {
      file_key: image.key,
      content_type: image.contentType,
      byte_size: image.byteSize,
      filename: jpegFileName(row.filename),
    }),
  );
});
