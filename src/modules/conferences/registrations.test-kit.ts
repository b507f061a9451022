// What the registration tests share (registrations.signup, .places and .checkin test files): a runtime
// mailing a real SMTP sink, a network's conference with its programme and a coordinator, fresh
// addresses, and registering through the public form confirmed by the mailed link.
// `useConferenceRegistrations()` registers the file's hooks; the fields exist once they have run.
import { beforeAll, expect } from "vitest";
import type { Client } from "../../../test/helpers/client.ts";
import { buildConference, buildProgramme } from "../../../test/helpers/conferences.ts";
import { actorFor, buildNetwork } from "../../../test/helpers/factories.ts";
import { followLink, withMailRuntime } from "../../../test/helpers/mail-runtime.ts";
import type { TestRuntime } from "../../../test/helpers/runtime.ts";
import { linkIn, type SmtpSink } from "../../../test/helpers/smtp.ts";
import type { Conference } from "./types.ts";

export const BASE = "http://localhost:3000";

let n = 0;
export const address = () => `iscritto.${++n}.${Date.now()}@example.org`;

export type ConferenceRegistrations = {
  t: TestRuntime;
  smtp: SmtpSink;
  conf: Conference;
  prog: Awaited<ReturnType<typeof buildProgramme>>;
  coordinator: Client;
  networkId: string;
  /** Registers through the public form and confirms through the mailed link; returns the "me" path. */
  registerAndConfirm(c: Client, email: string, name?: string): Promise<{ me: string; link: string }>;
};

export function useConferenceRegistrations(): ConferenceRegistrations {
  // The fields are set by the hooks below; a test file reads them from its own hooks and tests.
  const world = {} as ConferenceRegistrations;
  withMailRuntime(
    (r) => {
      world.t = r.t;
      world.smtp = r.smtp;
    },
    {
      limits: {
        emailLinksPerAddress: { max: 4, windowSeconds: 3600 },
        signUpPerIp: { max: 1000, windowSeconds: 3600 },
      },
    },
  );
  beforeAll(async () => {
    const { t } = world;
    const net = await buildNetwork(t, { name: "Rete delle conferenze" });
    world.networkId = net.id;
    world.conf = await buildConference(t, net.id, { title: "Interactive Cities Genova" });
    world.prog = await buildProgramme(t, world.conf);
    world.coordinator = (await actorFor(t, "coordinator", net.id)).client;
  });
  world.registerAndConfirm = async (c, email, name = "Giulia Bianchi") => {
    const { conf, smtp } = world;
    const res = await c.submit(`/conferences/${conf.slug}`, `/conferences/${conf.slug}/register`, {
      name,
      email,
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Controlla la posta");
    const mail = await smtp.waitFor(email, (m) => /Conferma l'iscrizione/.test(m.subject));
    const link = linkIn(mail, `${BASE}/conferences/registrations/confirm`);
    const done = await followLink(c, link);
    expect(done.status).toBe(303);
    const me = done.headers.get("location")!;
    expect(me).toMatch(new RegExp(`^/conferences/${conf.slug}/me\\?t=`));
    return { me, link };
  };
  return world;
}
