// "Report a project": the moderators told of new and resubmitted reports, with the reminder after
// 3 days (a notification in the digest). Set-up shared through workflow/submissions.report.test-kit.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { Client } from "../../../../test/helpers/client.ts";
import { actorFor, buildAccount, buildNetwork } from "../../../../test/helpers/factories.ts";
import { jobsSettled } from "../../../../test/helpers/jobs.ts";
import type { TestRuntime } from "../../../../test/helpers/runtime.ts";
import { linkIn, pathOf, type SmtpSink } from "../../../../test/helpers/smtp.ts";
import { fillAndSend } from "../../../../test/helpers/submissions.ts";
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

  it("reminds them daily, in their digest, of reports waiting over 3 days, not of younger ones", async () => {
    const net = await buildNetwork(t);
    const coordinator = await actorFor(t, "coordinator", net.id);
    const reminders = async () =>
      (
        await t.deps.pool.query(
          "select digest, href from notifications where account_id = $1 and kind = 'practices.reports-waiting'",
          [coordinator.accountId],
        )
      ).rows;
    const old = report({ project: { networkId: net.id } });
    expect((await fillAndSend(t, new Client(t), old)).res.status).toBe(303);
    await jobsSettled(t);
    smtp.clear();
    t.clock.advance(2 * 86_400_000);
    expect(await remindModerators(t.deps, t.clock.now())).toBe(0);
    await jobsSettled(t);
    expect(await reminders()).toEqual([]);

    const young = report({ project: { networkId: net.id } });
    expect((await fillAndSend(t, new Client(t), young)).res.status).toBe(303);
    t.clock.advance(2 * 86_400_000);
    await jobsSettled(t);
    smtp.clear();
    expect(await remindModerators(t.deps, t.clock.now())).toBeGreaterThanOrEqual(1);
    await jobsSettled(t);
    // Waiting for the digest (the kind's default), not mailed at once.
    expect(await reminders()).toEqual([{ digest: "pending", href: "/practices/moderation" }]);
    expect(smtp.messages.filter((m) => m.to.includes(coordinator.email!))).toEqual([]);
    const list = (await (await coordinator.client.get("/me/notifications?lang=it")).text()).replace(
      /&#39;/g,
      "'",
    );
    expect(list).toContain(
      `La segnalazione «${old.project.title}» aspetta la moderazione da più di 3 giorni`,
    );
    // Only the old one counts: the younger report is not in the reminder (one report, named).
    expect(list).not.toContain("Segnalazioni in attesa di moderazione da più di 3 giorni");
  });
});
