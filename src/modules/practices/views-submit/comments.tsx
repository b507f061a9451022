// Comments on a published practice. `CommentsSection` is what the practice page renders in its
// `#practice-comments` slot: it loads the comments itself (an async component), so the page only
// passes the practice. Without an account, or before the address is confirmed, it says how to comment.
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import { formatDate } from "../../../platform/i18n/index.ts";
import { emptyForm, FlashMessage, type FormState, TextArea } from "../../../platform/ui/components.tsx";
import { FormBlock, formPage } from "../../../platform/ui/form-page.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import { COMMENT_MAX, listComments, type PracticeComment } from "../catalogue/comments.service.ts";
import type { Practice } from "../catalogue/service.ts";
import { canComment } from "../workflow/policy.ts";
import "../workflow/messages.ts";
import { Paragraphs } from "./text.tsx";

type PracticeRef = Pick<Practice, "id" | "slug" | "title" | "status">;

const CommentList: FC<{ c: Ctx; practice: PracticeRef; comments: PracticeComment[] }> = ({
  c,
  practice,
  comments,
}) => {
  const t = c.get("t");
  if (!comments.length) return <p>{t("practices.comments.empty")}</p>;
  return (
    <ol class="list-unstyled">
      {comments.map((m) => (
        <li id={`comment-${m.id}`} class="mb-4 border-bottom pb-2">
          <p class="fw-semibold mb-1">
            {t("practices.comments.by", {
              name: m.authorName,
              date: formatDate(c.get("lang"), m.createdAt, c.get("deps").config.timeZone),
            })}
          </p>
          <Paragraphs text={m.body} />
          <p class="small mb-0">
            <a href={`/practices/${practice.slug}/flag?comment=${m.id}`}>{t("practices.comments.flag")}</a>
          </p>
        </li>
      ))}
    </ol>
  );
};

const CommentForm: FC<{ c: Ctx; practice: PracticeRef; form: FormState }> = ({ c, practice, form }) => {
  const t = c.get("t");
  const actor = c.get("actor");
  if (!actor)
    return (
      <p>
        <a href={`/sign-in?next=/practices/${practice.slug}%23practice-comments`}>
          {t("practices.comments.signIn")}
        </a>
      </p>
    );
  if (!canComment(actor)) return <p>{t("practices.comments.verify")}</p>;
  return (
    <FormBlock
      c={c}
      form={form}
      labels={{ body: t("practices.comments.body") }}
      action={`/practices/${practice.slug}/comments`}
      submit={t("practices.comments.send")}
    >
      <TextArea
        form={form}
        name="body"
        label={t("practices.comments.body")}
        hint={t("practices.comments.bodyHint")}
        required
        maxlength={COMMENT_MAX}
        rows={4}
      />
    </FormBlock>
  );
};

/** The comments of a published practice, the form to add one and a link to flag the practice. */
export const CommentsSection: FC<{
  c: Ctx;
  practice: PracticeRef;
  form?: FormState;
  headingLevel?: 2 | 3;
}> = async ({ c, practice, form, headingLevel }) => {
  if (practice.status !== "published") return null;
  const t = c.get("t");
  const comments = await listComments(c.get("deps"), practice.id);
  const Heading = headingLevel === 3 ? "h3" : "h2";
  return (
    <section aria-labelledby="practice-comments-title">
      <Heading id="practice-comments-title">{t("practices.comments.title")}</Heading>
      <CommentList c={c} practice={practice} comments={comments} />
      <CommentForm c={c} practice={practice} form={form ?? emptyForm()} />
      <p class="small mt-3">
        <a href={`/practices/${practice.slug}/flag`}>{t("practices.flags.flagPractice")}</a>
      </p>
    </section>
  );
};

/** The comments on their own page: where a comment with errors is shown again, and a fallback link. */
export function commentsPage(c: Ctx, practice: PracticeRef, form: FormState, status = 200) {
  const t = c.get("t");
  const title = t("practices.comments.all", { title: practice.title });
  return render(
    c,
    {
      title,
      breadcrumbs: [
        { href: "/practices", label: t("practices.submit.catalogue") },
        { href: `/practices/${practice.slug}`, label: practice.title },
        { label: t("practices.comments.title") },
      ],
    },
    <div class="row">
      <div class="col-12 col-lg-8">
        <h1>{title}</h1>
        <p>
          <a href={`/practices/${practice.slug}`}>{t("practices.comments.back")}</a>
        </p>
        <CommentsSection c={c} practice={practice} form={form} />
      </div>
    </div>,
    status,
  );
}

/** The form to flag a practice or one of its comments. */
export function flagPage(
  c: Ctx,
  p: {
    practice: PracticeRef;
    comment: { id: string; body: string } | null;
    form: FormState;
    notice?: string;
  },
  status = 200,
) {
  const t = c.get("t");
  const { practice } = p;
  return formPage(
    c,
    {
      title: t("practices.flags.title"),
      breadcrumbs: [
        { href: "/practices", label: t("practices.submit.catalogue") },
        { href: `/practices/${practice.slug}`, label: practice.title },
        { label: t("practices.flags.title") },
      ],
      intro: (
        <>
          <p>
            {t(p.comment ? "practices.flags.leadComment" : "practices.flags.lead", { title: practice.title })}
          </p>
          {p.comment ? (
            <blockquote class="blockquote border-start ps-3">
              <Paragraphs text={p.comment.body} />
            </blockquote>
          ) : null}
          {p.notice ? <FlashMessage kind="danger" text={p.notice} /> : null}
        </>
      ),
      form: p.form,
      labels: { reason: t("practices.flags.reason") },
      action: `/practices/${practice.slug}/flag`,
      submit: t("practices.flags.send"),
      children: (
        <>
          {p.comment ? <input type="hidden" name="comment" value={p.comment.id} /> : null}
          <TextArea
            form={p.form}
            name="reason"
            label={t("practices.flags.reason")}
            required
            maxlength={1000}
            rows={4}
          />
        </>
      ),
    },
    status,
  );
}
