// Profile photos and organisation logos stored before the image pipeline, re-processed once
// (platform/jobs/once.ts): each becomes the pipeline's JPEG under a new key, its row points there,
// and the original is deleted. Pictures with a thumbnail were made by the pipeline: skipped.
import { reprocessImages } from "../../platform/images/store.ts";
import { once } from "../../platform/jobs/once.ts";
import { organisationsWithLogos, pointLogoAt } from "./organisations.repo.ts";
import { accountsWithPhotos, pointPhotoAt } from "./profile.repo.ts";

export const reprocessIdentityImages = once("identity.images.reprocess", async (deps) => {
  const photos = (await accountsWithPhotos(deps.db)).map((a) => ({ id: a.id, key: a.photo_key ?? "" }));
  await reprocessImages(deps, "profile photos", photos, "photos", (a, image) =>
    pointPhotoAt(deps.db, a.id, image.key),
  );
  const logos = (await organisationsWithLogos(deps.db)).map((o) => ({ id: o.id, key: o.logo_key ?? "" }));
  await reprocessImages(deps, "organisation logos", logos, "logos", (o, image) =>
    pointLogoAt(deps.db, o.id, image.key),
  );
});
