// Redirect targets after sign-in, OIDC and a form's `back`: only paths on this site, never a 500.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { buildAccount } from "../../../test/helpers/factories.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { safeNext } from "./schema.ts";

describe("safeNext", () => {
  it.each([
    ["//evil.example"],
    ["/\\evil.example"],
    ["\\\\evil.example"],
    ["/\\/evil.example"],
    ["/%09/evil.example"],
    ["/\t/evil.example"],
    ["/\n/evil.example"],
    ["/\r\n/evil.example"],
    ["\n"],
    ["/\n"],
    ["/a\nb"],
    ["/\u0000x"],
    ["/.//evil.example"],
    ["/..//evil.example"],
    ["/%2F%2Fevil.example"],
    ["/%2f/evil.example"],
    ["/%5Cevil.example"],
    ["/%5C%5Cevil.example"],
    ["/%E0%A4%A"],
    ["javascript:alert(1)"],
    ["JaVaScRiPt:alert(1)"],
    ["http://evil.example/"],
    ["https://evil.example/networks"],
    ["https:evil.example"],
    ["http://localhost:3000@evil.example/"],
    ["data:text/html,<script>alert(1)</script>"],
    [""],
    [undefined],
  ])("turns %j into /", (input) => {
    expect(safeNext(input)).toBe("/");
  });

  it("turns a path longer than any link into /", () => {
    expect(safeNext(`/${"a".repeat(3000)}`)).toBe("/");
  });

  it.each([
    ["/", "/"],
    ["/networks", "/networks"],
    ["/networks/ancilab?tab=labs#members", "/networks/ancilab?tab=labs#members"],
    ["/practices?q=biblioteca%20diffusa", "/practices?q=biblioteca%20diffusa"],
    ["/città", "/citt%C3%A0"],
    ["/a b", "/a%20b"],
    ["/labs/../networks", "/networks"],
    // A path on this site that merely looks like a scheme: the browser reads it as a path too.
    ["/javascript:alert(1)", "/javascript:alert(1)"],
  ])("keeps the path %j on this site as %j", (input, expected) => {
    expect(safeNext(input)).toBe(expected);
  });
});

describe("redirect after sign-in", () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await createTestRuntime();
  });
  afterAll(() => t.close());

  it.each([
    ["/\t/evil.example", "/"],
    ["/a\nb", "/"],
    ["/%2F%2Fevil.example", "/"],
    ["/networks?x=1", "/networks?x=1"],
  ])("next=%j sends the browser to %j", async (next, expected) => {
    const a = await buildAccount(t);
    const c = new Client(t);
    const res = await c.submit("/sign-in", "/sign-in", { email: a.email, password: a.password, next });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(expected);
  });
});
