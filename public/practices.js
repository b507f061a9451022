// Progressive enhancement of the catalogue's search (src/modules/practices/views/list-search.tsx).
// Without this file the page works the same: the form leads to #results (the results heading, which
// the browser scrolls to) and the server redirects a search with empty fields to its clean URL.
// With it:
// - empty fields are left out of the URL as the form is sent (no redirect);
// - after a search, focus moves to the results heading, whose text is the count, so a screen reader
//   reads it first (a fragment alone scrolls there without moving focus in every browser).
// No dependencies; strict CSP friendly (no inline code).

const form = document.getElementById("practice-search");
if (form) {
  form.addEventListener("formdata", (event) => {
    const empty = new Set();
    for (const [name, value] of event.formData) if (value === "") empty.add(name);
    // Only single-valued fields are ever empty (checkboxes carry their value), so dropping the name
    // drops nothing else.
    for (const name of empty) event.formData.delete(name);
  });
}

if (location.hash === "#results") {
  const heading = document.getElementById("results");
  if (heading) heading.focus();
}
