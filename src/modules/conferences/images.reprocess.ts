// Speaker photos stored before the image pipeline, re-processed once (platform/jobs/once.ts): each
// becomes the pipeline's JPEG under a new key, its row points there, and the original is deleted.
// Photos with a thumbnail were made by the pipeline: skipped.
import { reprocessImages } from "../../platform/images/store.ts";
import { once } from "../../platform/jobs/once.ts";
import { speakersWithPhotos, updateSpeakerRow } from "./conferences.repo.ts";

export const reprocessSpeakerPhotos = once("conferences.images.reprocess", async (deps) => {
  const speakers = (await speakersWithPhotos(deps.db)).map((s) => ({ id: s.id, key: s.photo_key ?? "" }));
  await reprocessImages(deps, "speaker photos", speakers, "conference-speakers", (s, image) =>
    updateSpeakerRow(deps.db, s.id, { photo_key: image.key, photo_type: image.contentType }),
  );
});
