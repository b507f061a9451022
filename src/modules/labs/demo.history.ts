// Lab II's held meetings as they went (demo data): the network's people who could register did so a
// week before, most of them checked in, the coordinator wrote the minutes, and each meeting was closed
// with its attendance counted. Every step goes through the module's own services, run on a clock set
// to the moment it happened, so the figures on the pages are the ones those services compute.
import { fixedClock } from "../../platform/clock.ts";
import type { Deps } from "../../platform/deps.ts";
import { accountByEmail, loadActor, networkPeopleWithRoles } from "../identity/index.ts";
import type { Lab, Meeting } from "./labs.types.ts";
import { checkInCode, closeMeeting, saveMinutes } from "./meetings/attendance.service.ts";
import { canRegisterFor, canSeeMeeting } from "./policy.ts";
import { registerAccount } from "./registrations/service.ts";

const HOUR = 3_600_000;
const at = (deps: Deps, when: Date): Deps => ({ ...deps, clock: fixedClock(when) });

const MINUTES: Record<string, string> = {
  apertura:
    "## Presenti\nI Comuni del Laboratorio e AnciLab.\n\n## Decisioni\n- Tre tavoli tecnici: finanziamento, gestione organizzativa, comunicazione.\n- Le videointerviste a Sindaci e Assessori si raccolgono entro il secondo incontro.",
  finanziamento:
    "## Sintesi\nMappati i bandi regionali ed europei aperti; interesse comune per una candidatura congiunta sugli archivi.\n\n## Prossimi passi\n- Scheda comune dei bandi (ANCI Lombardia).\n- Verifica dei requisiti di cofinanziamento in ogni Ente.",
  gestione:
    "## Sintesi\nPresentato il catalogo condiviso delle competenze; due aziende propongono un prototipo di biglietteria digitale.\n\n## Prossimi passi\n- Prototipo in un museo civico entro l'estate.",
  comunicazione:
    "## Sintesi\nLa rubrica online sostituisce la newsletter cartacea; le prime videointerviste sono pubblicate con sottotitoli e trascrizione.",
  conclusivo:
    "## Valutazione\nObiettivi raggiunti per finanziamento e comunicazione; la gestione organizzativa prosegue nel piano d'azione.\n\n## Sviluppi\nI risultati sono portati al Convegno finale; il Lab III raccoglie i temi dei servizi digitali.",
};

const minutesFor = (m: Meeting) =>
  MINUTES[m.kind] ??
  Object.entries(MINUTES).find(([k]) => m.title.toLowerCase().includes(k))?.[1] ??
  MINUTES.conclusivo!;

export async function seedLabHistory(deps: Deps, lab: Lab, meetings: Meeting[]): Promise<void> {
  const people = await networkPeopleWithRoles(deps, lab.networkId);
  const actors = (await Promise.all(people.map((p) => loadActor(deps, p.id)))).filter((a) => a !== null);
  const coordinator = await accountByEmail(deps, "paolo.bianchi@ancilab.example");
  const writer = coordinator ? await loadActor(deps, coordinator.id) : null;
  for (const meeting of meetings) {
    const start = meeting.startsAt.getTime();
    // Those who saw the meeting and were allowed to register (the opening: PA members only).
    const who = actors.filter((a) => canSeeMeeting(a, lab, meeting) && canRegisterFor(a, lab, meeting));
    const codes: string[] = [];
    for (const a of who) {
      const r = await registerAccount(at(deps, new Date(start - 7 * 24 * HOUR)), {
        meetingId: meeting.id,
        accountId: a.id,
        registeredBy: null,
        answers: [],
        mail: false,
      });
      codes.push(r.code);
    }
    // All but one came (when more than one registered): the attendance is not a copy of the list.
    const came = codes.length > 1 ? codes.slice(0, -1) : codes;
    for (const code of came) await checkInCode(at(deps, new Date(start + HOUR / 4)), meeting, code);
    if (writer)
      await saveMinutes(at(deps, new Date(start + 5 * HOUR)), writer, meeting, {
        minutes: minutesFor(meeting),
        baseVersion: meeting.minutesVersion,
      });
    await closeMeeting(at(deps, new Date(start + 6 * HOUR)), meeting);
  }
}
