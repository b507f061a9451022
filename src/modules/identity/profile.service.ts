// The account pages' actions: profile (with photo and its alt text), password, email address, and
// ending sessions. Field problems are AppErrors whose field messages are catalogue keys.
import { seal } from "../../platform/crypto/sealed.ts";
import type { Deps } from "../../platform/deps.ts";
import { AppError, type FieldError } from "../../platform/errors.ts";
import { emit } from "../../platform/events.ts";
import { ImageRefused } from "../../platform/images/pipeline.ts";
import { deleteImage, storeImage } from "../../platform/images/store.ts";
import { findAccountByEmail, findAccountById } from "./accounts.repo.ts";
import { issueLink, type Redeemed, redeemForAccount, spendEmailLimit } from "./email-links.ts";
import { hashPassword, verifyPassword } from "./passwords.ts";
import {
  deleteSessionsExcept,
  isUniqueViolation,
  setEmail,
  setPasswordHash,
  updateProfileRow,
} from "./profile.repo.ts";
import { revokeAllApiTokens } from "./tokens.service.ts";
import "./events.handlers.ts";

export const SPOKEN_LANGUAGES = ["it", "en", "de", "sv", "fi", "fr", "es"] as const;
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;

const fieldError = (field: string, key: string, status = 422) =>
  new AppError(status, "validation-failed", key, [{ field, message: key }] satisfies FieldError[]);

export const loadAccount = async (deps: Deps, accountId: string) => {
  const a = await findAccountById(deps.db, accountId);
  if (!a) throw new AppError(404, "not-found", "errors.notFound");
  return a;
};

export type ProfileInput = {
  name: string;
  language: "it" | "en";
  spokenLanguages: string[];
  photo: Uint8Array | null;
  photoAlt: string;
  removePhoto: boolean;
};

export async function updateProfile(deps: Deps, accountId: string, input: ProfileInput): Promise<void> {
  const account = await loadAccount(deps, accountId);
  const keepsOld = Boolean(account.photo_key) && !input.removePhoto && !input.photo;
  const hasPhoto = Boolean(input.photo) || keepsOld;
  // A photo without a description is useless to someone who cannot see it (WCAG 1.1.1).
  if (hasPhoto && !input.photoAlt.trim()) throw fieldError("photoAlt", "identity.profile.photoAltRequired");
  let photoKey = keepsOld ? account.photo_key : null;
  if (input.photo) {
    try {
      photoKey = (await storeImage(deps.files, "photos", input.photo, { maxBytes: PHOTO_MAX_BYTES })).key;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      // The pipeline's refusals say why (HEIC, damaged, too many pixels); size and emptiness keep
      // the profile's own words.
      if (err instanceof ImageRefused && err.reason !== "too-large") throw err.onField("photo");
      const key = err.status === 413 ? "identity.profile.photoTooLarge" : "identity.profile.photoWrongType";
      throw fieldError("photo", key, err.status);
    }
  }
  await updateProfileRow(deps.db, accountId, {
    name: input.name.trim(),
    language: input.language,
    spokenLanguages: SPOKEN_LANGUAGES.filter((l) => input.spokenLanguages.includes(l)),
    photoKey,
    photoAlt: hasPhoto ? input.photoAlt.trim() : null,
    now: deps.clock.now(),
  });
  if (account.photo_key && account.photo_key !== photoKey) await deleteImage(deps.files, account.photo_key);
}

/** Changes the password after checking the current one; other sessions end, this one stays. */
export async function changePassword(
  deps: Deps,
  accountId: string,
  input: { currentPassword: string; newPassword: string; keepSessionId: string | null },
): Promise<void> {
  const account = await loadAccount(deps, accountId);
  if (!account.password_hash || !(await verifyPassword(account.password_hash, input.currentPassword)))
    throw fieldError("currentPassword", "identity.account.wrongPassword");
  const hash = await hashPassword(input.newPassword);
  await deps.db.transaction().execute(async (trx) => {
    await setPasswordHash(trx, accountId, hash, deps.clock.now());
    await deleteSessionsExcept(trx, accountId, input.keepSessionId);
    await revokeAllApiTokens(deps, accountId, trx);
    // Its handler tells the owner (events.handlers.ts).
    await emit(deps, trx, "identity.account.password-changed", { accountId });
  });
}

/** Sends a confirmation link to the new address; nothing changes until it is clicked. */
export async function requestEmailChange(
  deps: Deps,
  accountId: string,
  input: { email: string; password: string },
): Promise<void> {
  const account = await loadAccount(deps, accountId);
  const email = input.email.trim();
  if (!account.password_hash || !(await verifyPassword(account.password_hash, input.password)))
    throw fieldError("password", "identity.account.wrongPassword");
  if (email.toLowerCase() === account.email.toLowerCase()) throw fieldError("email", "identity.email.same");
  const taken = await findAccountByEmail(deps.db, email);
  if (taken) throw fieldError("email", "identity.email.taken");
  await spendEmailLimit(deps, email);
  await deps.db.transaction().execute(async (trx) => {
    const token = await issueLink(deps, trx, "change-email", accountId, email);
    // Its handler mails the link to the new address, which the link's row holds.
    await emit(deps, trx, "identity.email-change.requested", {
      accountId,
      token: seal(deps.config, "event", token),
    });
  });
}

/** Applies the change the link confirms, then tells the old address (after the commit). */
export async function confirmEmailChange(deps: Deps, token: string): Promise<Redeemed> {
  let result: Redeemed;
  try {
    result = await deps.db.transaction().execute(async (trx) => {
      const r = await redeemForAccount(deps, trx, "change-email", token);
      if (!r.ok) return r;
      await setEmail(trx, r.account.id, r.email, deps.clock.now());
      // Its handler tells the old address (events.handlers.ts).
      await emit(deps, trx, "identity.account.email-changed", {
        accountId: r.account.id,
        previousEmail: seal(deps.config, "event", r.account.email),
      });
      return { ok: true, accountId: r.account.id, email: r.email };
    });
  } catch (err) {
    // The address was taken by another account since the link was sent: the link cannot be used.
    if (!isUniqueViolation(err)) throw err;
    return { ok: false, problem: "invalid" };
  }
  return result;
}
