import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { buildAccount, signedIn } from "../../../test/helpers/factories.ts";
import { followLink, withMailRuntime } from "../../../test/helpers/mail-runtime.ts";
import type { TestRuntime } from "../../../test/helpers/runtime.ts";
import { linkIn, pathOf, type SmtpSink } from "../../../test/helpers/smtp.ts";
import { findAccountByEmail, findAccountById } from "./accounts.repo.ts";
import { verifyPassword } from "./passwords.ts";

let t: TestRuntime;
let smtp: SmtpSink;
withMailRuntime((r) => {
  t = r.t;
  smtp = r.smtp;
});

// A 1×1 PNG: real image bytes, recognised by content.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

async function profileForm(c: Client, fields: Record<string, string | string[]>, photo?: Blob) {
  const fd = new FormData();
  fd.set("_csrf", await c.csrf("/account"));
  for (const [k, v] of Object.entries(fields)) for (const x of ([] as string[]).concat(v)) fd.append(k, x);
  if (photo) fd.set("photo", photo, "me.png");
  return c.post("/account", fd);
}

describe("account pages", () => {
  it("send anonymous visitors to sign in, coming back afterwards", async () => {
    const res = await new Client(t).get("/account/tokens");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/sign-in?next=%2Faccount%2Ftokens");
    const a = await buildAccount(t);
    const c = new Client(t);
    const signIn = await c.submit("/sign-in?next=%2Faccount%2Ftokens", "/sign-in", {
      email: a.email,
      password: a.password,
      next: "/account/tokens",
    });
    expect(signIn.headers.get("location")).toBe("/account/tokens");
  });

  it("saves name, language, spoken languages and a photo with its description", async () => {
    const a = await buildAccount(t, { name: "Giulia Ferrari" });
    const c = await signedIn(t, a.id);
    const res = await profileForm(
      c,
      {
        name: "Giulia Ferrari Rossi",
        language: "en",
        spokenLanguages: ["it", "sv", "xx"],
        photoAlt: "Giulia sorride",
      },
      new Blob([PNG], { type: "image/png" }),
    );
    expect(res.status).toBe(303);
    const row = await findAccountById(t.deps.db, a.id);
    expect(row?.name).toBe("Giulia Ferrari Rossi");
    expect(row?.language).toBe("en");
    expect(row?.spoken_languages).toEqual(["it", "sv"]);
    // Stored as the image pipeline's JPEG, whatever came in.
    expect(row?.photo_key).toMatch(/^photos\/[0-9a-f-]+\.jpg$/);
    expect(row?.photo_alt).toBe("Giulia sorride");
    // The page now speaks the account's language and shows the photo with its alt text.
    const html = await (await c.get("/account")).text();
    expect(html).toContain("Profile saved.");
    expect(html).toContain(`src="/files/${row?.photo_key}"`);
    expect(html).toContain('alt="Giulia sorride"');
    expect(html).toMatch(/id="spokenLanguages-sv"[^>]*checked/);
    const photo = await c.get(`/files/${row?.photo_key}`);
    expect(photo.status).toBe(200);
    expect(photo.headers.get("content-type")).toBe("image/jpeg");
    expect(await sharp(Buffer.from(await photo.arrayBuffer())).metadata()).toMatchObject({
      format: "jpeg",
      width: 1,
    });

    // Removing the photo deletes the file too.
    const removed = await profileForm(c, { name: "Giulia", language: "en", removePhoto: "on", photoAlt: "" });
    expect(removed.status).toBe(303);
    expect((await findAccountById(t.deps.db, a.id))?.photo_key).toBeNull();
    expect((await c.get(`/files/${row?.photo_key}`)).status).toBe(404);
    expect(await t.deps.files.get(row!.photo_key!)).toBeUndefined();
  });

  it("requires a description for a photo, and refuses files that are not images, storing nothing", async () => {
    const a = await buildAccount(t, { name: "Paolo Gallo" });
    const c = await signedIn(t, a.id);
    const noAlt = await profileForm(
      c,
      { name: "Paolo G.", language: "it" },
      new Blob([PNG], { type: "image/png" }),
    );
    expect(noAlt.status).toBe(422);
    const html = await noAlt.text();
    expect(html).toContain("Descrivi la foto per chi non può vederla.");
    expect(html).toContain('value="Paolo G."');
    const fake = await profileForm(
      c,
      { name: "Paolo G.", language: "it", photoAlt: "Paolo" },
      new Blob([Buffer.from("<svg onload=alert(1)>")], { type: "image/png" }),
    );
    expect(fake.status).toBe(422);
    expect(await fake.text()).toContain("Questo file non è un&#39;immagine che possiamo leggere");
    const big = await profileForm(
      c,
      { name: "Paolo G.", language: "it", photoAlt: "Paolo" },
      new Blob([PNG, Buffer.alloc(2 * 1024 * 1024)], { type: "image/png" }),
    );
    expect(big.status).toBe(413);
    expect(await big.text()).toContain("supera i 2 MB");
    const row = await findAccountById(t.deps.db, a.id);
    expect(row?.name).toBe("Paolo Gallo");
    expect(row?.photo_key).toBeNull();
  });

  it("shows profile errors in English with the input kept", async () => {
    const a = await buildAccount(t, { name: "Emma Schulz", language: "en" });
    const c = await signedIn(t, a.id);
    const res = await profileForm(c, { name: "", language: "de", spokenLanguages: ["de"], photoAlt: "x" });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("This field is required.");
    expect(html).toContain("Choose one of the options.");
    expect(html).toMatch(/id="spokenLanguages-de"[^>]*checked/);
    expect((await findAccountById(t.deps.db, a.id))?.name).toBe("Emma Schulz");
  });

  it("changes the password with the current one, ending other sessions but not this one", async () => {
    const a = await buildAccount(t);
    const c = await signedIn(t, a.id);
    const other = await signedIn(t, a.id);
    const wrong = await c.submit("/account/password", "/account/password", {
      currentPassword: "not the password",
      newPassword: "another long password",
    });
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain("La password non è corretta.");
    const short = await c.submit("/account/password?lang=en", "/account/password", {
      currentPassword: a.password,
      newPassword: "tiny",
    });
    expect(short.status).toBe(422);
    expect(await short.text()).toContain("The password must be at least 10 characters long.");
    // One of the most common passwords is refused whatever its case (the language is English by now).
    const common = await c.submit("/account/password", "/account/password", {
      currentPassword: a.password,
      newPassword: "Password123",
    });
    expect(common.status).toBe(422);
    expect(await common.text()).toContain("This password is among the most used in the world");
    let row = await findAccountById(t.deps.db, a.id);
    expect(await verifyPassword(row!.password_hash!, a.password)).toBe(true);

    const ok = await c.submit("/account/password", "/account/password", {
      currentPassword: a.password,
      newPassword: "another long password",
    });
    expect(ok.status).toBe(303);
    row = await findAccountById(t.deps.db, a.id);
    expect(await verifyPassword(row!.password_hash!, "another long password")).toBe(true);
    expect((await c.get("/account")).status).toBe(200);
    expect((await other.get("/account")).status).toBe(303);
    const notice = await smtp.waitFor(a.email);
    expect(notice.subject).toBe("La tua password è cambiata");
  });

  it("changes the email only when the link sent to the new address is opened", async () => {
    const a = await buildAccount(t, { name: "Irene Costa" });
    const taken = await buildAccount(t);
    const c = await signedIn(t, a.id);
    const wrongPw = await c.submit("/account/email", "/account/email", {
      email: "irene@nuovo.example",
      password: "x",
    });
    expect(wrongPw.status).toBe(422);
    expect(await wrongPw.text()).toContain('value="irene@nuovo.example"');
    const dup = await c.submit("/account/email", "/account/email", {
      email: taken.email,
      password: a.password,
    });
    expect(dup.status).toBe(422);
    expect(await dup.text()).toContain("già usato da un altro account");

    const res = await c.submit("/account/email", "/account/email", {
      email: "irene@nuovo.example",
      password: a.password,
    });
    expect(res.status).toBe(200);
    expect((await findAccountById(t.deps.db, a.id))?.email).toBe(a.email);
    const mail = await smtp.waitFor("irene@nuovo.example");
    expect(mail.subject).toBe("Conferma il nuovo indirizzo email");
    const link = pathOf(linkIn(mail, "http://localhost:3000/account/email/confirm?token="));
    // Opening the link (a mail scanner does, signed out) changes nothing; the button does.
    const scanned = await new Client(t).get(link);
    expect(scanned.status).toBe(200);
    const page = await scanned.text();
    expect(page).toContain(">Conferma il nuovo indirizzo</button>");
    expect(page).toContain("irene@nuovo.example");
    expect((await c.get(link)).status).toBe(200);
    expect((await findAccountById(t.deps.db, a.id))?.email).toBe(a.email);
    const confirmed = await followLink(c, link);
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get("location")).toBe("/account");
    const row = await findAccountById(t.deps.db, a.id);
    expect(row?.email).toBe("irene@nuovo.example");
    expect(row?.email_verified_at).not.toBeNull();
    expect(await findAccountByEmail(t.deps.db, a.email)).toBeUndefined();
    const notice = await smtp.waitFor(a.email);
    expect(notice.text).toContain("irene@nuovo.example");
    expect((await c.get(link)).status).toBe(410);
    const token = new URL(link, "http://localhost:3000").searchParams.get("token")!;
    expect((await c.submit("/account/email", "/account/email/confirm", { token })).status).toBe(410);
  });

  it("confirms a new address from a browser that is not signed in, in English", async () => {
    const a = await buildAccount(t, { language: "en" });
    const c = await signedIn(t, a.id);
    await c.submit("/account/email", "/account/email", {
      email: "new-address@example.org",
      password: a.password,
    });
    const mail = await smtp.waitFor("new-address@example.org");
    const link = pathOf(linkIn(mail, "http://localhost:3000/account/email/confirm?token="));
    const other = new Client(t, { "accept-language": "en" });
    const page = await (await other.get(link)).text();
    expect(page).toContain("<h1>Confirm your new email address</h1>");
    expect(page).toContain(">Confirm the new address</button>");
    expect((await findAccountById(t.deps.db, a.id))?.email).toBe(a.email);
    const done = await followLink(other, link);
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe("/sign-in");
    expect((await findAccountById(t.deps.db, a.id))?.email).toBe("new-address@example.org");
  });

  it("signs out everywhere", async () => {
    const a = await buildAccount(t);
    const c = await signedIn(t, a.id);
    const other = await signedIn(t, a.id);
    const res = await c.submit("/account", "/account/sign-out-everywhere", {});
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/sign-in");
    expect(c.cookies.has("bottega_session")).toBe(false);
    expect((await other.get("/account")).status).toBe(303);
    const { rows } = await t.deps.pool.query(
      "select count(*)::int as n from sessions where account_id = $1",
      [a.id],
    );
    expect(rows[0].n).toBe(0);
  });
});

describe("personal access tokens", () => {
  it("creates a token shown once, lists it, and a revoked token gets 401 from the API", async () => {
    const a = await buildAccount(t);
    const c = await signedIn(t, a.id);
    const created = await c.submit("/account/tokens", "/account/tokens", { name: "Script di prova" });
    expect(created.status).toBe(201);
    const html = await created.text();
    const token = /id="new-token"[^>]*>(bt_[\w-]+)</.exec(html)?.[1];
    expect(token).toBeTruthy();
    const me = await t.app.request("/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    expect((await me.json()).email).toBe(a.email);

    const list = await (await c.get("/account/tokens")).text();
    expect(list).toContain("Script di prova");
    expect(list).not.toContain(token!);
    const id = /action="\/account\/tokens\/([0-9a-f-]+)\/revoke"/.exec(list)?.[1];
    const revoked = await c.submit("/account/tokens", `/account/tokens/${id}/revoke`, {});
    expect(revoked.status).toBe(303);
    expect(await (await c.get("/account/tokens")).text()).not.toContain("Script di prova");
    const after = await t.app.request("/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
    expect(after.status).toBe(401);
    expect(after.headers.get("content-type")).toContain("application/problem+json");
  });

  it("cannot revoke someone else's token, and needs a name", async () => {
    const a = await buildAccount(t);
    const b = await buildAccount(t);
    const ca = await signedIn(t, a.id);
    const cb = await signedIn(t, b.id);
    const html = await (await ca.submit("/account/tokens", "/account/tokens", { name: "A" })).text();
    const token = /id="new-token"[^>]*>(bt_[\w-]+)</.exec(html)![1];
    const id = /action="\/account\/tokens\/([0-9a-f-]+)\/revoke"/.exec(html)![1];
    expect((await cb.submit("/account/tokens", `/account/tokens/${id}/revoke`, {})).status).toBe(404);
    const me = await t.app.request("/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    const empty = await ca.submit("/account/tokens?lang=en", "/account/tokens", { name: "  " });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain("This field is required.");
  });
});
