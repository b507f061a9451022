// Pictures and documents uploaded with "Report a project" before the report exists. Each is checked
// and stored at once (a picture through the image pipeline: no GPS, no metadata), as a pending row
// whose id the form's signed state carries, so going back, changing an answer or the check-answers
// page never asks for the file again. Sending the report binds them to the practice (same file, no
// copy) in the transaction that stores it; what was never sent is deleted, file and row, after a day.
import type { Db } from "../../../platform/db/database.ts";
import type { Deps } from "../../../platform/deps.ts";
import { AppError, invalid } from "../../../platform/errors.ts";
import { deleteImage } from "../../../platform/images/store.ts";
import { every } from "../../../platform/jobs/every.ts";
import {
  bindPendingRows,
  deletePending,
  deletePendingBefore,
  insertPending,
  type PendingRow,
  pendingRows,
} from "./pending.repo.ts";
import { checkMediaText, type MediaUpload, withStoredFile } from "./service.ts";

/** Files one report may carry from the form. */
export const MAX_PENDING_PER_REPORT = 10;
/** How long an unsent upload is kept. */
export const PENDING_HOURS = 24;

export type PendingMedia = Pick<PendingRow, "id" | "kind" | "filename" | "title" | "alt" | "byte_size">;

const view = (r: PendingRow): PendingMedia => ({
  id: r.id,
  kind: r.kind,
  filename: r.filename,
  title: r.title,
  alt: r.alt,
  byte_size: r.byte_size,
});

/**
 * Checks and stores one upload of the form as pending; returns its id. Refusals are 422s on the
 * upload's own fields: `<kind>` for the file, `<kind>Alt` / `<kind>Title` for its texts.
 */
export async function stashUpload(deps: Deps, u: MediaUpload, already: number): Promise<string> {
  const field = (f: string) => (f === "file" ? u.kind : `${u.kind}${f === "alt" ? "Alt" : "Title"}`);
  try {
    if (already >= MAX_PENDING_PER_REPORT)
      throw invalid([{ field: "file", message: "practices.media.tooMany" }]);
    checkMediaText(u);
    return await withStoredFile(deps, u, (stored, id) =>
      insertPending(deps.db, {
        id,
        kind: u.kind,
        file_key: stored.key,
        content_type: stored.mime,
        byte_size: stored.size,
        filename: stored.filename,
        title: stored.title,
        alt: stored.alt,
        created_at: deps.clock.now(),
      }),
    );
  } catch (err) {
    // A refused file (422, or 413 too large) is shown on the form, on the upload's own field.
    if (!(err instanceof AppError) || (err.status !== 422 && err.status !== 413)) throw err;
    const errors = err.fieldErrors.length ? err.fieldErrors : [{ field: "file", message: err.message }];
    throw invalid(errors.map((e) => ({ ...e, field: field(e.field) })));
  }
}

/** The pending files of a form (ids from its signed state; those already bound or removed are gone). */
export async function pendingOf(deps: Deps, ids: readonly string[] | undefined): Promise<PendingMedia[]> {
  return (await pendingRows(deps.db, ids ?? [])).map(view);
}

/** Removes one pending file the form carries. */
export async function dropPending(deps: Deps, id: string): Promise<void> {
  for (const key of await deletePending(deps.db, [id]))
    await deleteImage(deps.files, key).catch(() => undefined);
}

/** Moves a form's pending files to the practice, in the transaction that sends it. */
export const bindPending = (
  trx: Db,
  practiceId: string,
  ids: readonly string[] | undefined,
  createdBy: string | null,
  now: Date,
) => bindPendingRows(trx, practiceId, ids ?? [], createdBy, now);

/** Deletes the uploads of forms never sent (rows, then files; a file left by a crash is only space). */
export async function cleanPending(deps: Deps): Promise<number> {
  const before = new Date(deps.clock.now().getTime() - PENDING_HOURS * 3_600_000);
  let total = 0;
  for (;;) {
    const keys = await deletePendingBefore(deps.db, before);
    for (const key of keys) await deleteImage(deps.files, key).catch(() => undefined);
    total += keys.length;
    if (keys.length < 500) return total;
  }
}

export const cleanPendingJob = every(
  "practices.pending-media-cleanup",
  { everyMinutes: 60 },
  async (deps) => {
    const n = await cleanPending(deps);
    if (n) deps.log.info({ deleted: n }, "unsent report uploads deleted");
  },
);
