// /api/v1 route of credentials: POST /credentials/verify — a credential's JSON in, the offline
// verification out, `{ verified, revoked, expired, issuer, errors[] }`, `verified` false when revoked
// or expired. Malformed JSON is the API frame's 400; over 1 MB is 413; a JSON object that is no
// credential is a 200 saying so (the verification answered), never "verified".
import { createRoute } from "@hono/zod-openapi";
import type { Deps } from "../../platform/deps.ts";
import { tooLarge } from "../../platform/errors.ts";
import { jsonResponse, type newApi, problemResponse, problemResponses, z } from "../../platform/http/api.ts";
import { checkCredential, MAX_CREDENTIAL_BYTES } from "./verify.service.ts";
import { VERIFY_ERRORS } from "./verify.ts";

const VerificationJson = z
  .object({
    verified: z
      .boolean()
      .openapi({ description: "True only for an intact, unrevoked, unexpired credential of this instance" }),
    revoked: z.boolean(),
    expired: z.boolean(),
    issuer: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
    errors: z.array(
      z.object({
        code: z.enum(VERIFY_ERRORS),
        message: z.string().openapi({ description: "The reason in the caller's language" }),
        detail: z.string().optional(),
      }),
    ),
  })
  .openapi("CredentialVerification");

const verify = createRoute({
  method: "post",
  path: "/credentials/verify",
  summary: "Verify an Open Badges 3.0 credential offline, against this instance's issuers",
  request: {
    body: {
      required: true,
      content: {
        "application/json": {
          schema: z
            .record(z.string(), z.unknown())
            .openapi({ description: "The credential (OpenBadgeCredential JSON)" }),
        },
      },
    },
  },
  responses: {
    200: jsonResponse(VerificationJson, "The verification's answer"),
    ...problemResponses,
    413: problemResponse("The body is larger than 1 MB"),
  },
});

export function registerCredentialsApiRoutes(api: ReturnType<typeof newApi>, deps: Deps) {
  api.openapi(verify, async (c) => {
    const body = c.req.valid("json");
    const declared = Number(c.req.header("content-length") ?? 0);
    if (declared > MAX_CREDENTIAL_BYTES || Buffer.byteLength(JSON.stringify(body)) > MAX_CREDENTIAL_BYTES)
      throw tooLarge("A credential is at most 1 MB.");
    const t = c.get("t");
    const r = await checkCredential(deps, body);
    return c.json(
      {
        ...r,
        errors: r.errors.map((e) => ({ ...e, message: t(`credentials.error.${e.code}`) })),
      },
      200,
    );
  });
}
