// "Report a project": the moderators told of new and resubmitted reports, with the reminder after
// 3 days. Set-up shared through submissions.report.test-kit.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { actorFor, buildAccount, buildNetwork } from "../../../test/helpers/factories.ts";
import { jobsSettled } from "../../../test/helpers/jobs.ts";
import type { TestRuntime } from "../../../test/helpers/runtime.ts";
import { linkIn, pathOf, type SmtpSink } from "../../../test/helpers/smtp.ts";
import { fillAndSend } from "../../../test/helpers/submissions.ts";
import { remindModerators } from "./moderators.notify.ts";
import { report, useReportForm } from "./submissions.report.test-kit.ts";

const kit = useReportForm();
const { practiceOf } = kit;
let t: TestRuntime;
let smtp: SmtpSink;
beforeAll(() => {
  ({ t, smtp } = kit);
});

describe("coordinators are told", () => {
  it("mails a network's coordinators a new report and a resubmitted one; admins when there is no network", async () => {
    const net = await buildNetwork(t);
    const coordinator = await actorFor(t, "coordinator", net.id);
    const member = await actorFor(t, "member", net.id);
    const r = report({ project: { networkId: net.id } });
    expect((await fillAndSend(t, new Client(t), r)).res.status).toBe(303);
    const notice = await smtp.waitFor(coordinator.email!, (m) => m.subject.includes(r.project.title!));
    expect(notice.subject).toContain("Nuova segnalazione da moderare");
    const p = (await practiceOf(r.project.title!))!;
    expect(notice.text).toContain(`${t.config.baseUrl}/practices/moderation/${p.id}`);
    expect(notice.text).not.toContain(r.you.email);

    await coordinator.client.submit(`/practices/moderation/${p.id}`, `/practices/moderation/${p.id}`, {
      decision: "request-changes",
      reason: "Manca il periodo.",
    });
    const ask = await smtp.waitFor(r.you.email!, (m) => m.subject.includes("Modifiche richieste"));
    const editLink = linkIn(ask, `${t.config.baseUrl}/practices/submissions/edit`);
    const submitter = new Client(t);
    const resent = await submitter.submit(pathOf(editLink), "/practices/submissions/edit", {
      token: new URL(editLink).searchParams.get("token")!,
      ...r.project,
      themes: "libraries",
      ...r.approach,
      ...r.results,
      endYear: "2024",
      nav: "send",
    });
    expect(resent.status).toBe(303);
    const again = await smtp.waitFor(coordinator.email!, (m) =>
      m.subject.includes("Segnalazione modificata"),
    );
    expect(again.subject).toContain(r.project.title);
    await jobsSettled(t);
    const toMember = smtp.messages.filter(
      (m) => m.to.includes(member.email!) && m.subject.includes("moderare"),
    );
    expect(toMember).toEqual([]);

    const admin = await buildAccount(t, { isAdmin: true });
    const loose = report();
    expect((await fillAndSend(t, new Client(t), loose)).res.status).toBe(303);
    const toAdmin = await smtp.waitFor(admin.email, (m) => m.subject.includes(loose.project.title!));
    expect(toAdmin.subject).toContain("Nuova segnalazione");
  });

  it("reminds them daily of reports waiting over 3 days, not of younger ones", async () => {
    const net = await buildNetwork(t);
    const coordinator = await actorFor(t, "coordinator", net.id);
    const old = report({ project: { networkId: net.id } });
    expect((await fillAndSend(t, new Client(t), old)).res.status).toBe(303);
    await jobsSettled(t);
    smtp.clear();
    t.clock.advance(2 * 86_400_000);
    await remindModerators(t.deps, t.clock.now());
    await jobsSettled(t);
    expect(smtp.messages.filter((m) => m.to.includes(coordinator.email!))).toEqual([]);

    const young = report({ project: { networkId: net.id } });
    expect((await fillAndSend(t, new Client(t), young)).res.status).toBe(303);
    t.clock.advance(2 * 86_400_000);
    await jobsSettled(t);
    smtp.clear();
    await remindModerators(t.deps, t.clock.now());
    const reminder = await smtp.waitFor(coordinator.email!, (m) => m.subject.includes("3 giorni"));
    expect(reminder.subject).toBe("Una segnalazione aspetta da più di 3 giorni");
    expect(reminder.text).toContain(old.project.title);
    expect(reminder.text).not.toContain(young.project.title);
  });
});
