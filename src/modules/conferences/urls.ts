// Absolute and relative addresses of conference pages (mails, certificates and pages share them).
import type { Deps } from "../../platform/deps.ts";

export const conferencePath = (slug: string) => `/conferences/${slug}`;
export const CONFIRM_PATH = "/conferences/registrations/confirm";
export const mePath = (slug: string, access: string) =>
  `/conferences/${slug}/me?t=${encodeURIComponent(access)}`;
export const certificatePath = (slug: string, access: string) =>
  `/conferences/${slug}/me/certificate.pdf?t=${encodeURIComponent(access)}`;
export const verificationPath = (code: string) => `/certificates/${code}`;

export const absolute = (deps: Deps, p: string) => `${deps.config.baseUrl}${p}`;

/** A speaker's photo; the file key's last part makes a new photo a new address (caches keep the old). */
export const speakerPhotoPath = (slug: string, s: { id: string; photo: { key: string } }) =>
  `/conferences/${slug}/speakers/${s.id}/photo?v=${s.photo.key.split("/").pop()}`;
