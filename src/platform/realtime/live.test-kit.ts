// What the /live tests share (live.connect, .messages and .streams test files): a runtime and the app
// served on a random port with an in-process hub, and two test-only message types. `useLiveServer()`
// registers the file's beforeAll/afterAll; `t` and `s` exist once they have run.
import { afterAll, beforeAll } from "vitest";
import { type LiveServer, startLiveServer } from "../../../test/helpers/live.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { AppError } from "../errors.ts";
import { memoryHub } from "./hub.ts";

export function useLiveServer(): { readonly t: TestRuntime; readonly s: LiveServer } {
  let t: TestRuntime | undefined;
  let s: LiveServer | undefined;

  beforeAll(async () => {
    t = await createTestRuntime();
    // An explicit in-process hub: seq numbers here must not depend on a Redis shared with other runs.
    const live = await startLiveServer(t, { hub: memoryHub() });
    s = live;
    // A test-only message type, registered the way the board module will register its own.
    live.live.on("test.subscribe", async (conn, msg) => {
      await live.live.hub.subscribe(String(msg.stream), conn.socket);
      conn.send({ type: "test.subscribed", stream: msg.stream });
    });
    live.live.on("test.fail", (_conn, msg) => {
      if (msg.how === "app") throw new AppError(403, "forbidden", "Not yours.");
      throw new Error("boom");
    });
  });
  afterAll(async () => {
    await s?.close();
    await t?.close();
  });

  return {
    get t() {
      if (!t) throw new Error("useLiveServer: read t in a test or hook");
      return t;
    },
    get s() {
      if (!s) throw new Error("useLiveServer: read s in a test or hook");
      return s;
    },
  };
}
