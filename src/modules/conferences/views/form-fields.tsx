// Field groups more than one of the coordinators' forms asks for: a title with its description, and
// a pair of required fields read as a span (first and last day, start and end time) sharing a hint.
import type { FC } from "hono/jsx";
import { type FormState, TextArea, TextField } from "../../../platform/ui/components.tsx";

export const TitleAndDescription: FC<{
  form: FormState;
  labels: { title: string; description: string };
  rows: number;
  maxlength: number;
}> = (p) => (
  <>
    <TextField form={p.form} name="title" label={p.labels.title} required maxlength={200} />
    <TextArea
      form={p.form}
      name="description"
      label={p.labels.description}
      rows={p.rows}
      maxlength={p.maxlength}
    />
  </>
);

export const Span: FC<{
  form: FormState;
  from: { name: string; label: string };
  to: { name: string; label: string };
  hint: string;
}> = (p) => (
  <>
    {[p.from, p.to].map((f) => (
      <TextField form={p.form} name={f.name} label={f.label} required hint={p.hint} />
    ))}
  </>
);
