// Covers and picture materials stored before the image pipeline, re-processed once
// (platform/jobs/once.ts): each becomes the pipeline's JPEG under a new key, its row points there,
// and the original is deleted. Pictures with a thumbnail were made by the pipeline: skipped.
import { jpegFileName, reprocessImages } from "../../platform/images/store.ts";
import { once } from "../../platform/jobs/once.ts";
import { allCovers, pointCoverAt } from "./cover.repo.ts";
import { pictureMaterials, pointMaterialAt } from "./materials/repo.ts";

export const reprocessLabImages = once("labs.images.reprocess", async (deps) => {
  const covers = (await allCovers(deps.db)).map((c) => ({ ...c, key: c.file_key }));
  await reprocessImages(deps, "lab covers", covers, "lab-covers", (c, image) =>
    pointCoverAt(deps.db, c.lab_id, image.key, image.contentType),
  );
  const materials = (await pictureMaterials(deps.db)).map((m) => ({ ...m, key: m.file_key ?? "" }));
  await reprocessImages(deps, "lab materials", materials, "materials", (m, image) =>
    pointMaterialAt(deps.db, m.id, {
      file_key: image.key,
      content_type: image.contentType,
      file_size: image.byteSize,
      file_name: m.file_name ? jpegFileName(m.file_name) : null,
    }),
  );
});
