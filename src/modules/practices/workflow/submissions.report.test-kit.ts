// What the "report a project" tests share (submissions.report.form, .send and .moderators test files):
// a runtime mailing a real SMTP sink (many reports allowed), reports with a title and address of their
// own, and the queries the tests check the database with. `useReportForm()` registers the file's hooks
// (withMailRuntime); `t` and `smtp` exist once they have run.
import type { QueryResult } from "pg";
import { withMailRuntime } from "../../../../test/helpers/mail-runtime.ts";
import type { TestRuntime } from "../../../../test/helpers/runtime.ts";
import type { SmtpSink } from "../../../../test/helpers/smtp.ts";
import { MANY_REPORTS, pdf, REPORT, type Report } from "../../../../test/helpers/submissions.ts";

let n = 0;
export const report = (o: Partial<Record<keyof Report, Record<string, string>>> = {}): Report => ({
  project: { ...REPORT.project, title: `Progetto segnalato ${++n}`, ...o.project },
  approach: { ...REPORT.approach, ...o.approach },
  results: { ...REPORT.results, ...o.results },
  you: { ...REPORT.you, email: `segnala-${n}@example.org`, ...o.you },
});

export const summaryLines = (html: string) =>
  /id="error-summary"[\s\S]*?<\/ul>/.exec(html)?.[0].match(/<li>[\s\S]*?<\/li>/g) ?? [];

export const PDF = pdf();

/** Rows as pg gives them (untyped, as the tests read them). */
type Rows = QueryResult["rows"];

type ReportForm = {
  readonly t: TestRuntime;
  readonly smtp: SmtpSink;
  query(text: string, params: unknown[]): Promise<Rows>;
  practiceOf(title: string): Promise<{ id: string; status: string; country: string } | undefined>;
};

export function useReportForm(): ReportForm {
  let t: TestRuntime | undefined;
  let smtp: SmtpSink | undefined;
  withMailRuntime((r) => {
    t = r.t;
    smtp = r.smtp;
  }, MANY_REPORTS);
  const world: ReportForm = {
    get t() {
      if (!t) throw new Error("useReportForm: read t in a test or hook");
      return t;
    },
    get smtp() {
      if (!smtp) throw new Error("useReportForm: read smtp in a test or hook");
      return smtp;
    },
    query: async (text, params) => (await world.t.deps.pool.query(text, params)).rows,
    practiceOf: async (title) =>
      (await world.query("select id, status, country from practices where title = $1", [title]))[0] as
        | { id: string; status: string; country: string }
        | undefined,
  };
  return world;
}
