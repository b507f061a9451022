// Demo data from the world of the seed documents: five networks with their real institutions and
// fictional people in every role. Loaded on the first start of an empty embedded database, or with
// `npx bottega seed --demo`. Returns the accounts so the start-up banner can print them.
import type { Deps } from "../../platform/deps.ts";
import { newId } from "../../platform/ids.ts";
import { findAccountByEmail } from "./accounts.repo.ts";
import { createAccount } from "./accounts.service.ts";
import { openInvitation } from "./invitations.core.ts";
import { NETWORK_INVITATIONS } from "./invitations.kind.ts";
import { addNetworkOrganisation, addNetworkRole, insertNetwork } from "./networks.repo.ts";
import { addOrganisationMember, insertOrganisation } from "./organisations.repo.ts";
import { hashPassword } from "./passwords.ts";
import type { NetworkRole, OrganisationType } from "./tables.ts";

export const DEMO_PASSWORD = "bottega-demo-2026";

type Org = [
  slug: string,
  name: string,
  type: OrganisationType,
  country: string,
  city: string,
  isPa: boolean,
  website?: string,
];

const ORGS: Org[] = [
  [
    "consorzio-sbcr",
    "Consorzio Sistema Bibliotecario Castelli Romani",
    "library",
    "IT",
    "Albano Laziale",
    true,
    "https://www.bibliotecheincoworking.it",
  ],
  ["comune-di-nemi", "Comune di Nemi", "municipality", "IT", "Nemi", true],
  ["comune-di-frascati", "Comune di Frascati", "municipality", "IT", "Frascati", true],
  [
    "comune-di-genova",
    "Comune di Genova",
    "municipality",
    "IT",
    "Genova",
    true,
    "https://smart.comune.genova.it",
  ],
  ["muma-museo-del-mare", "MuMa – Museo del Mare", "museum", "IT", "Genova", true],
  ["helsinki", "City of Helsinki", "municipality", "FI", "Helsinki", true],
  ["eindhoven", "Gemeente Eindhoven", "municipality", "NL", "Eindhoven", true],
  ["anci-lombardia", "ANCI Lombardia", "association", "IT", "Milano", false, "https://www.anci.lombardia.it"],
  ["comune-di-bergamo", "Comune di Bergamo", "municipality", "IT", "Bergamo", true],
  ["provincia-di-cremona", "Provincia di Cremona", "province", "IT", "Cremona", true],
  [
    "unione-comuni-lombardi-oltrepo",
    "Unione dei Comuni Lombardi dell'Oltrepò",
    "union-of-municipalities",
    "IT",
    "Varzi",
    true,
  ],
  [
    "universita-degli-studi-di-milano",
    "Università degli Studi di Milano",
    "university",
    "IT",
    "Milano",
    true,
  ],
  ["heritage-tech-srl", "Heritage Tech S.r.l.", "company", "IT", "Milano", false],
  ["icom-italia", "ICOM Italia", "association", "IT", "Milano", false, "https://www.icom-italia.org"],
  ["museo-egizio", "Museo Egizio", "museum", "IT", "Torino", false],
  ["ial-marche", "IAL Marche", "company", "IT", "Ancona", false, "https://www.ialmarche.it"],
  ["tampere-university", "Tampere University", "university", "FI", "Tampere", true, "https://www.tuni.fi"],
  [
    "zentrum-digitale-entwicklung",
    "Zentrum für Digitale Entwicklung GmbH",
    "company",
    "DE",
    "Westhausen",
    false,
  ],
  ["schmiede-hallein", "Schmiede Hallein", "association", "AT", "Hallein", false],
  ["ihk-projektgesellschaft", "IHK-Projektgesellschaft mbH", "company", "DE", "Frankfurt (Oder)", false],
  ["future-place-leadership", "Future Place Leadership AB", "company", "SE", "Stockholm", false],
];

type Net = { slug: string; name: string; description: string; website?: string; orgs: string[] };

const NETWORKS: Net[] = [
  {
    slug: "sistema-bibliotecario-castelli-romani",
    name: "Sistema bibliotecario Castelli Romani",
    description:
      "Biblioteche e Comuni dei Castelli Romani per una comunicazione social condivisa del territorio.",
    orgs: ["consorzio-sbcr", "comune-di-nemi", "comune-di-frascati"],
  },
  {
    slug: "ancilab",
    name: "AnciLab",
    description:
      "Laboratori di innovazione per i Comuni lombardi: Lab II sulla valorizzazione del patrimonio culturale.",
    website: "https://www.ancilab.it",
    orgs: [
      "anci-lombardia",
      "comune-di-bergamo",
      "provincia-di-cremona",
      "unione-comuni-lombardi-oltrepo",
      "universita-degli-studi-di-milano",
      "heritage-tech-srl",
    ],
  },
  {
    slug: "icom-italia",
    name: "ICOM Italia",
    description:
      "Learning Center di ICOM Italia: tavoli tecnici su inclusione e audience engagement multicanale nei musei.",
    orgs: ["icom-italia", "museo-egizio", "muma-museo-del-mare"],
  },
  {
    slug: "urbact-interactive-cities",
    name: "URBACT Interactive Cities",
    description: "European network of cities on the civic use of social media, led by the City of Genoa.",
    orgs: ["comune-di-genova", "muma-museo-del-mare", "helsinki", "eindhoven"],
  },
  {
    slug: "digital-city-experts",
    name: "Digital City Experts",
    description:
      "Erasmus+ partnership training municipal staff to drive digitalisation in small and medium cities.",
    orgs: [
      "ial-marche",
      "tampere-university",
      "zentrum-digitale-entwicklung",
      "future-place-leadership",
      "schmiede-hallein",
      "ihk-projektgesellschaft",
    ],
  },
];

type Person = {
  email: string;
  name: string;
  language: "it" | "en";
  org: string;
  orgRole?: "manager" | "member";
  roles?: [network: string, role: NetworkRole][];
  admin?: boolean;
};

export const DEMO_PEOPLE: Person[] = [
  {
    email: "admin@bottega.example",
    name: "Amministrazione Bottega",
    language: "it",
    org: "anci-lombardia",
    admin: true,
  },
  {
    email: "giulia.ferrari@sbcr.example",
    name: "Giulia Ferrari",
    language: "it",
    org: "consorzio-sbcr",
    orgRole: "manager",
    roles: [["sistema-bibliotecario-castelli-romani", "coordinator"]],
  },
  {
    email: "marco.rossi@comune-nemi.example",
    name: "Marco Rossi",
    language: "it",
    org: "comune-di-nemi",
    orgRole: "manager",
    roles: [["sistema-bibliotecario-castelli-romani", "communicator"]],
  },
  {
    email: "elena.conti@comune-frascati.example",
    name: "Elena Conti",
    language: "it",
    org: "comune-di-frascati",
    roles: [["sistema-bibliotecario-castelli-romani", "member"]],
  },
  {
    email: "paolo.bianchi@ancilab.example",
    name: "Paolo Bianchi",
    language: "it",
    org: "anci-lombardia",
    orgRole: "manager",
    roles: [["ancilab", "coordinator"]],
  },
  {
    email: "sara.colombo@comune-bergamo.example",
    name: "Sara Colombo",
    language: "it",
    org: "comune-di-bergamo",
    roles: [["ancilab", "member"]],
  },
  {
    email: "luca.galli@heritagetech.example",
    name: "Luca Galli",
    language: "it",
    org: "heritage-tech-srl",
    roles: [["ancilab", "member"]],
  },
  {
    email: "chiara.romano@icom.example",
    name: "Chiara Romano",
    language: "it",
    org: "icom-italia",
    orgRole: "manager",
    roles: [["icom-italia", "coordinator"]],
  },
  {
    email: "davide.greco@facilita.example",
    name: "Davide Greco",
    language: "it",
    org: "icom-italia",
    roles: [
      ["icom-italia", "facilitator"],
      ["ancilab", "facilitator"],
    ],
  },
  {
    email: "francesca.ricci@museoegizio.example",
    name: "Francesca Ricci",
    language: "it",
    org: "museo-egizio",
    roles: [["icom-italia", "member"]],
  },
  {
    email: "anna.marino@comune-genova.example",
    name: "Anna Marino",
    language: "en",
    org: "comune-di-genova",
    orgRole: "manager",
    roles: [
      ["urbact-interactive-cities", "coordinator"],
      ["urbact-interactive-cities", "communicator"],
    ],
  },
  {
    email: "mikko.virtanen@helsinki.example",
    name: "Mikko Virtanen",
    language: "en",
    org: "helsinki",
    roles: [["urbact-interactive-cities", "member"]],
  },
  {
    email: "roberta.esposito@ialmarche.example",
    name: "Roberta Esposito",
    language: "it",
    org: "ial-marche",
    orgRole: "manager",
    roles: [["digital-city-experts", "coordinator"]],
  },
  {
    email: "laura.korhonen@tuni.example",
    name: "Laura Korhonen",
    language: "en",
    org: "tampere-university",
    roles: [["digital-city-experts", "facilitator"]],
  },
  {
    email: "jonas.weber@zde.example",
    name: "Jonas Weber",
    language: "en",
    org: "zentrum-digitale-entwicklung",
    roles: [["digital-city-experts", "member"]],
  },
  // Learners of the Digital City Expert curriculum (learning's demo gives them progress).
  {
    email: "anna.gruber@schmiede.example",
    name: "Anna Gruber",
    language: "en",
    org: "schmiede-hallein",
    roles: [["digital-city-experts", "member"]],
  },
  {
    email: "katrin.schulz@ihk-projekt.example",
    name: "Katrin Schulz",
    language: "en",
    org: "ihk-projektgesellschaft",
    roles: [["digital-city-experts", "member"]],
  },
  {
    email: "lars.lindqvist@fpl.example",
    name: "Lars Lindqvist",
    language: "en",
    org: "future-place-leadership",
    roles: [["digital-city-experts", "member"]],
  },
  {
    email: "marco.bellini@ialmarche.example",
    name: "Marco Bellini",
    language: "it",
    org: "ial-marche",
    roles: [["digital-city-experts", "member"]],
  },
  {
    email: "aino.makinen@tuni.example",
    name: "Aino Mäkinen",
    language: "en",
    org: "tampere-university",
    roles: [["digital-city-experts", "member"]],
  },
];

export type DemoSummary = { password: string; accounts: { email: string; name: string; roles: string }[] };

export async function seedIdentityDemo(deps: Deps): Promise<DemoSummary> {
  const orgIds = new Map<string, string>();
  for (const [slug, name, type, country, city, isPa, website] of ORGS) {
    const id = newId();
    orgIds.set(slug, id);
    await insertOrganisation(deps.db, {
      id,
      slug,
      name,
      type,
      country,
      city,
      website: website ?? null,
      description: null,
      is_pa: isPa,
    });
  }
  const netIds = new Map<string, string>();
  for (const n of NETWORKS) {
    const id = newId();
    netIds.set(n.slug, id);
    await insertNetwork(deps.db, {
      id,
      slug: n.slug,
      name: n.name,
      description: n.description,
      website: n.website ?? null,
    });
    // The demo's networks start with members, as if their managers had already accepted.
    for (const o of n.orgs) await addNetworkOrganisation(deps.db, id, orgIds.get(o)!, "accepted");
  }
  const accounts: DemoSummary["accounts"] = [];
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const p of DEMO_PEOPLE) {
    const { id } = await createAccount(deps, {
      email: p.email,
      name: p.name,
      passwordHash,
      language: p.language,
      verified: true,
      isAdmin: p.admin,
    });
    await addOrganisationMember(deps.db, {
      organisationId: orgIds.get(p.org)!,
      accountId: id,
      role: p.orgRole ?? "member",
      status: "confirmed",
    });
    for (const [net, role] of p.roles ?? []) await addNetworkRole(deps.db, netIds.get(net)!, id, role);
    const roles = p.admin ? "platform admin" : (p.roles ?? []).map(([n, r]) => `${r} @ ${n}`).join(", ");
    accounts.push({ email: p.email, name: p.name, roles });
  }
  // Something waiting in a person's own area (/me): ICOM Italia's coordinator invited Elena Conti,
  // who runs Frascati's libraries and museums, to the museums' table.
  const [chiara, elena] = await Promise.all(
    ["chiara.romano@icom.example", "elena.conti@comune-frascati.example"].map((e) =>
      findAccountByEmail(deps.db, e),
    ),
  );
  await openInvitation(deps.db, NETWORK_INVITATIONS, deps.clock.now(), {
    targetId: netIds.get("icom-italia")!,
    networkId: netIds.get("icom-italia")!,
    email: elena!.email,
    role: "member",
    invitedBy: chiara!.id,
  });
  return { password: DEMO_PASSWORD, accounts };
}
