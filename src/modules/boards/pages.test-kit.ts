// What the board page tests share (pages.session and pages.join test files): a runtime, a command
// form posted from the board page as a browser posts it, the columns of a session, and a page's text
// with the entities quotes come as. `useBoardPages()` registers the file's beforeAll/afterAll.
import { afterAll, beforeAll } from "vitest";
import type { Client } from "../../../test/helpers/client.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";

export const text = async (r: Response) => (await r.text()).replace(/&#39;/g, "'").replace(/&quot;/g, '"');

/** Posts one command form from the board page, as a browser would. */
export async function command(client: Client, sessionId: string, fields: Record<string, string>) {
  return client.submit(`/boards/${sessionId}`, `/boards/${sessionId}/commands`, fields);
}

type BoardPages = {
  readonly t: TestRuntime;
  /** The ids of a session's columns, in their order. */
  idsOf(sessionId: string): Promise<string[]>;
};

export function useBoardPages(): BoardPages {
  let t: TestRuntime | undefined;
  beforeAll(async () => {
    t = await createTestRuntime();
  });
  afterAll(() => t?.close());
  const world: BoardPages = {
    get t() {
      if (!t) throw new Error("useBoardPages: read t in a test or hook");
      return t;
    },
    async idsOf(sessionId) {
      const cols = await world.t.deps.pool.query(
        "select id from board_columns where session_id = $1 order by position",
        [sessionId],
      );
      return cols.rows.map((r) => r.id as string);
    },
  };
  return world;
}
