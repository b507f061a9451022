// The form page's frame rendered to HTML: the heading and lead, the error summary linking to each
// field (or a form-wide message in its place, or nothing), the CSRF token first in a posted form and
// never in a GET one, the fields, then the actions row in order; the separate action's button is
// described by its text; a checkbox group keeps its choices and says its error.
import { describe, expect, it } from "vitest";
import type { Ctx } from "../http/context.ts";
import { CheckboxGroup, emptyForm, RequiredMark, TextField } from "./components.tsx";
import { FormBlock, FormPage, SeparateAction } from "./form-page.tsx";

const vars: Record<string, unknown> = {
  t: (key: string) => `«${key}»`,
  csrfToken: () => "tok-123",
};
const c = { get: (k: string) => vars[k] } as unknown as Ctx;
const html = (node: unknown) => String(node);
const form = (s: string) => /<form[^>]*>(.*)<\/form>/s.exec(s)![1]!;

describe("FormPage", () => {
  const errors = { values: { title: "x" }, errors: { title: "Too short" } };

  it("puts heading, lead, summary, token, fields and actions in that order", () => {
    const s = html(
      <FormPage
        c={c}
        title="New thing"
        lead="Say what it is."
        form={errors}
        labels={{ title: "Title" }}
        action="/things"
        enctype="multipart/form-data"
        submit="Create"
        actions={
          <button type="submit" name="nav" value="draft" class="btn btn-outline-primary">
            Draft
          </button>
        }
        cancel={{ href: "/things", label: "Back" }}
      >
        <TextField form={errors} name="title" label="Title" />
      </FormPage>,
    );
    const order = [
      "<h1>New thing</h1>",
      '<p class="lead">Say what it is.</p>',
      'id="error-summary"',
      "<form",
    ];
    const at = order.map((part) => s.indexOf(part));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(s).toContain('<a href="#title">Title: Too short</a>');
    expect(s).toContain("«form.errorSummary»");
    expect(s).toMatch(/<form method="post" action="\/things" enctype="multipart\/form-data" novalidate="">/);
    const body = form(s);
    expect(body.startsWith('<input type="hidden" name="_csrf" value="tok-123"/>')).toBe(true);
    expect(body.indexOf('name="title"')).toBeLessThan(body.indexOf("Create"));
    const actions = body.slice(body.indexOf('<div class="d-flex'));
    expect(actions.indexOf(">Create<")).toBeLessThan(actions.indexOf(">Draft<"));
    expect(actions.indexOf(">Draft<")).toBeLessThan(
      actions.indexOf('<a class="btn btn-outline-primary" href="/things">Back</a>'),
    );
  });

  it("has no summary without errors, a form-wide message in its place, or none when told", () => {
    const base = { c, title: "T", action: "/a", submit: "Go" };
    expect(html(<FormPage {...base} form={emptyForm()} />)).not.toContain("error-summary");
    const message = html(<FormPage {...base} form={errors} formError="Too many tries" />);
    expect(message).toContain(
      '<div class="alert alert-danger" role="alert" id="error-summary" tabindex="-1">Too many tries</div>',
    );
    expect(message).not.toContain('href="#title"');
    expect(html(<FormBlock {...base} form={errors} summary={null} />)).not.toContain("error-summary");
  });

  it("never puts the token in a GET form", () => {
    const s = html(<FormBlock c={c} form={emptyForm()} method="get" action="/search" submit="Find" />);
    expect(s).toContain('<form method="get" action="/search"');
    expect(s).not.toContain("_csrf");
  });
});

describe("SeparateAction", () => {
  it("is its own posted form whose button is described by the hint", () => {
    const s = html(
      <SeparateAction
        c={c}
        id="remove"
        heading="Remove"
        hint="Gone for good."
        action="/x/delete"
        label="Remove it"
      />,
    );
    expect(s).toContain(
      '<section aria-labelledby="remove" class="mt-5"><h2 id="remove" class="h4">Remove</h2>',
    );
    expect(s).toContain('<p id="remove-hint">Gone for good.</p>');
    expect(s).toContain('<input type="hidden" name="_csrf" value="tok-123"/>');
    expect(s).toContain(
      '<button type="submit" class="btn btn-danger" aria-describedby="remove-hint">Remove it</button>',
    );
  });
});

describe("CheckboxGroup", () => {
  const options = ["a", "b", "c"].map((v) => ({ value: v, label: v.toUpperCase() }));

  it("checks the chosen values and links its error", () => {
    const f = { values: { pick: "a,c" }, errors: { pick: "Choose fewer" } };
    const s = html(<CheckboxGroup form={f} name="pick" legend="Pick" options={options} />);
    expect(s).toContain('<fieldset class="mb-4" aria-describedby="pick-error"><legend class="h6" id="pick">');
    expect(s).toMatch(/id="pick-a" name="pick" type="checkbox" value="a" checked=""/);
    expect(s).not.toMatch(/id="pick-b"[^>]*checked/);
    expect(s).toMatch(/id="pick-c"[^>]*checked=""/);
    expect(s).toContain('<div id="pick-error" class="invalid-feedback d-block">Choose fewer</div>');
  });

  it("says there is nothing to choose instead of showing no boxes", () => {
    const s = html(
      <CheckboxGroup form={emptyForm()} name="pick" legend="Pick" options={[]} empty="None yet" />,
    );
    expect(s).toContain("<p>None yet</p>");
    expect(s).not.toContain('type="checkbox"');
  });
});

describe("a required field's label", () => {
  const field = <TextField form={emptyForm()} name="title" label="Titolo" required />;

  it("says the page's required mark to screen readers, set once for the page", () => {
    const s = html(<RequiredMark.Provider value="obbligatorio">{field}</RequiredMark.Provider>);
    expect(s).toContain(
      'Titolo<span class="visually-hidden"> (obbligatorio)</span><span aria-hidden="true"> *</span>',
    );
  });

  it("takes a field's own mark over the page's, and shows only the star without either", () => {
    const own = (
      <RequiredMark.Provider value="obbligatorio">
        <TextField form={emptyForm()} name="title" label="Titolo" required requiredLabel="richiesto" />
      </RequiredMark.Provider>
    );
    expect(html(own)).toContain("(richiesto)");
    expect(html(field)).not.toContain("visually-hidden");
    expect(html(field)).toContain('<span aria-hidden="true"> *</span>');
  });
});
