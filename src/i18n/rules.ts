// The sentences of issue 13: finding a person, suggestions for what was mistyped, the rules after
// a session's start, the date reader, cotisation corrections.

/** The forms the one date reader accepts (src/domain/readDate.ts), as refusals list them. */
/** "A, B or C": the candidates of a "did you mean", the last one after the word for "or". */
const oneOf = (items: readonly string[], or: string) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${or} ${items.at(-1)}`);

export const DATE_FORMS_EN =
  '07/02/2018, 07/02/18, 07/02/2018 14:30, 07/02/2018 14:30:15, 07/02/2018 14h30, 7 février 2018, 7 February 2018 14h30, 2018-02-07, 2018-02-07 14:30:15, 2018-02-07T14:30, ISO 8601 with an offset (2018-02-07T14:30:00+01:00)';
export const DATE_FORMS_FR =
  '07/02/2018, 07/02/18, 07/02/2018 14:30, 07/02/2018 14:30:15, 07/02/2018 14h30, 7 février 2018, 7 February 2018 14h30, 2018-02-07, 2018-02-07 14:30:15, 2018-02-07T14:30, ISO 8601 avec décalage (2018-02-07T14:30:00+01:00)';

import { de, jour } from './french';
import { formatInstant, OFFICE_TIME_ZONE } from '../time';

type P = Record<string, string | number>;

/** A registration's state, as `promote` says it. */
const REGISTRATION_FR: Record<string, string> = { confirmed: 'inscription confirmée', cancelled: 'inscription annulée', waitlisted: "en liste d'attente", 'not registered': 'pas inscrit·e' };

/** A session over several days in a message: "du 17/06/2019 à 09:00 au 18/06/2019 à 17:00 (heure de Paris)". */
export function spanText(lang: 'fr' | 'en', startDay: string, start: string | null, endDay: string, end: string | null, zone: string | null): string {
  const zoneText = zone === null ? '' : ` (${zone === OFFICE_TIME_ZONE ? (lang === 'fr' ? 'heure de Paris' : 'Paris time') : zone})`;
  if (lang === 'fr') return `du ${startDay}${start ? ` à ${start}` : ''} au ${endDay}${end ? ` à ${end}` : ''}${zoneText}`;
  return `from ${startDay}${start ? ` at ${start}` : ''} to ${endDay}${end ? ` at ${end}` : ''}${zoneText}`;
}

export const rulesEn = {
  memberDidYouMean: (p: { ref: string; candidate: string; id: string }) => `Nobody is named "${p.ref}". Did you mean ${p.candidate}?\nIf so, give their id (${p.id}), e-mail or full name.`,
  memberNotFoundClosest: (p: { ref: string }) => `Nobody is named "${p.ref}". The closest names (give an id, an e-mail or a full name):`,
  orgDidYouMean: (p: { ref: string; suggestions: readonly string[] }) => `No organisation "${p.ref}". Did you mean ${oneOf(p.suggestions, 'or')}?\nUse its id or name ('caprural org list').`,
  payerDidYouMean: (p: { ref: string; candidate: string; id: string }) => `No organisation or person matches "${p.ref}". Did you mean ${p.candidate}?\nIf so, give its id (${p.id}) or its full name.`,
  sessionDidYouMean: (p: { ref: string; suggestions: string }) => `No session "${p.ref}". Did you mean ${p.suggestions}?\nSee 'caprural sessions' for the ids.`,
  exportKindDidYouMean: (p: { kind: string; suggestions: string; kinds: string }) => `Unknown export "${p.kind}". Did you mean ${p.suggestions}?\nExports: ${p.kinds}.`,
  // R2 without a deadline
  ruleDeadlineStart: (p: { closes: string; received: string; timeZone: string }) =>
    `Deadline (R2): the session has no deadline, so registration closed at its start, ${formatInstant(p.closes, p.timeZone, 'en')} (${p.timeZone}); this one was received ${formatInstant(p.received, p.timeZone, 'en')}. If it arrived earlier, give --received-at.`,
  // R13 and R6 after the start
  cancelAttended: (p: { name: string; session: string; attendance: string }) =>
    `${p.name} is recorded ${p.attendance} at ${p.session}: a registration with attendance recorded is not cancelled; nothing was written.\nIf it must be (a mistake), add --force --reason "…": the record is kept but no longer counts as attendance anywhere.`,
  cancelForced: (p: { reason: string }) => `Cancellation forced (attendance was recorded): "${p.reason}". The attendance no longer counts (attendees, eligibility).`,
  seatFreedStarted: (p: { session: string; waiting: number }) =>
    `A seat is free, but ${p.session} has started: nobody is promoted automatically (${p.waiting} on the waiting list).\nTo give the seat: caprural promote --session ${p.session} [--member REF]`,
  seatFreedStartedEmpty: (_: P) => `A seat is free; the session has started and its waiting list is empty.`,
  promoteNobodyWaiting: (p: { session: string }) => `Nobody is on the waiting list of ${p.session}; nothing to promote.`,
  promoteNotWaitlisted: (p: { name: string; session: string; status: string }) =>
    `${p.name} is not on the waiting list of ${p.session} (${p.status === 'not registered' ? p.status : `registration ${p.status}`}); nothing to promote.\nSee 'caprural export waitlist --session ${p.session}'.`,
  promoteNoSeat: (p: { session: string; confirmed: number; capacity: number }) =>
    `Capacity (R1): ${p.session} has no free seat (${p.confirmed}/${p.capacity} confirmed); nothing was written.\nRaise it with 'caprural session edit ${p.session} --capacity N', or add --force --reason "…" to confirm beyond the capacity.`,
  promotedExplicitly: (p: { name: string; session: string; id: string; position: number }) =>
    `${p.name} (position ${p.position} on the waiting list) is promoted: confirmed for ${p.session} (${p.id}).`,
  promoteOverCapacity: (p: { reason: string }) => `Override of the capacity (R1) recorded: "${p.reason}".`,
  notCounted: (_: P) => 'not counted: cancelled',
  closesAtStart: (p: { at: string }) => `${p.at} (start)`,
  // cotisation corrections
  membershipNotFound: (p: { payer: string; year: number }) => `No ${p.year} cotisation is recorded for ${p.payer}.\nSee 'caprural membership list --year ${p.year}'.`,
  membershipEdited: (p: { payer: string; year: number; fields: string }) => `Cotisation ${p.year} of ${p.payer} corrected (${p.fields}).`,
  membershipUnchanged: (p: { payer: string; year: number }) => `Cotisation ${p.year} of ${p.payer}: nothing to change; nothing was written.`,
  membershipEditNothing: (_: P) => `Say what to correct: --on DATE, --amount EUR ("" clears it) or --reference TEXT ("" clears it).`,
  membershipCancelNeedsReason: (_: P) => `membership cancel needs --reason "…": say why the cotisation is cancelled (it is kept in the log).`,
  membershipCancelled: (p: { payer: string; year: number; paidOn: string }) =>
    `Cotisation ${p.year} of ${p.payer} (paid on ${p.paidOn}) cancelled; the log keeps it. Registrations already made are not changed.`,
  askPaidOn: (_: P) => `Paid on (dd/MM/yyyy)`,
  // creating people at a terminal
  namesakeExists: (p: { name: string; count: number }) => (p.count === 1 ? `A person named ${p.name} already exists:` : `${p.count} people named ${p.name} already exist:`),
  askNamesake: (p: { name: string }) => `Register one of them, or create another ${p.name}?`,
  createNamesake: (p: { name: string }) => `+ Create another person named ${p.name}`,
  confirmNamesake: (p: { name: string }) => `Create another person named ${p.name} anyway?`,
  askAmount: (_: P) => `Amount in euros (empty: not known)`,
  // an erased person's anonymous record (member forget, retention): read-only
  memberErased: (p: { id: string }) =>
    `${p.id} is what is left of an erased person (member forget): it cannot be changed, registered, paid for or picked.\nIf this person asks again, add them anew with 'caprural member add'.`,
  emailReserved: (p: { value: string }) => `The address "${p.value}" is reserved for what is left of erased people (@anonyme.invalid).\nGive the person's real address.`,
  membersErasedNotListed: (p: { count: number }) =>
    p.count === 1
      ? `1 erased person is not listed ('caprural member show anonyme-N' shows what is left).`
      : `${p.count} erased people are not listed ('caprural member show anonyme-N' shows what is left).`,
} satisfies Record<string, (p: never) => string>;

export const rulesFr: typeof rulesEn = {
  memberDidYouMean: (p) => `Personne ne s'appelle « ${p.ref} ». Vouliez-vous dire ${p.candidate} ?\nSi oui, donnez son identifiant (${p.id}), son e-mail ou son nom complet.`,
  memberNotFoundClosest: (p) => `Personne ne s'appelle « ${p.ref} ». Les noms les plus proches (donnez un identifiant, un e-mail ou un nom complet) :`,
  orgDidYouMean: (p) => `Aucune structure « ${p.ref} ». Vouliez-vous dire ${oneOf(p.suggestions, 'ou')} ?\nUtilisez son identifiant ou son nom ('caprural org list').`,
  payerDidYouMean: (p) => `Aucune structure ni personne ne correspond à « ${p.ref} ». Vouliez-vous dire ${p.candidate} ?\nSi oui, donnez son identifiant (${p.id}) ou son nom complet.`,
  sessionDidYouMean: (p) => `Aucune session « ${p.ref} ». Vouliez-vous dire ${p.suggestions} ?\nVoir 'caprural sessions' pour les identifiants.`,
  exportKindDidYouMean: (p) => `Export inconnu « ${p.kind} ». Vouliez-vous dire ${p.suggestions} ?\nExports : ${p.kinds}.`,
  ruleDeadlineStart: (p) =>
    `Date limite (R2) : la session n'a pas de date limite, les inscriptions ont donc fermé à son début, le ${formatInstant(p.closes, p.timeZone, 'fr')} (${p.timeZone}) ; celle-ci a été reçue le ${formatInstant(p.received, p.timeZone, 'fr')}. Si elle est arrivée plus tôt, indiquez --received-at.`,
  cancelAttended: (p) =>
    `${p.name} est noté·e ${p.attendance === 'present' ? 'présent·e' : 'absent·e'} à ${p.session} : une inscription dont la présence est enregistrée n'est pas annulée ; rien n'est écrit.\nSi elle doit l'être (une erreur), ajoutez --force --reason "…" : l'enregistrement est gardé mais ne compte plus nulle part comme présence.`,
  cancelForced: (p) => `Annulation forcée (présence enregistrée) : « ${p.reason} ». La présence ne compte plus (participants, éligibilité).`,
  seatFreedStarted: (p) =>
    `Une place est libre, mais ${p.session} a commencé : personne ne passe automatiquement de la liste d'attente (${p.waiting} en attente).\nPour attribuer la place : caprural promote --session ${p.session} [--member REF]`,
  seatFreedStartedEmpty: () => `Une place est libre ; la session a commencé et sa liste d'attente est vide.`,
  promoteNobodyWaiting: (p) => `Personne n'est en liste d'attente pour ${p.session} ; rien à faire.`,
  promoteNotWaitlisted: (p) =>
    `${p.name} n'est pas en liste d'attente pour ${p.session} (${REGISTRATION_FR[p.status] ?? p.status}) ; rien à faire.\nVoir 'caprural export waitlist --session ${p.session}'.`,
  promoteNoSeat: (p) =>
    `Capacité (R1) : ${p.session} n'a pas de place libre (${p.confirmed}/${p.capacity} confirmées) ; rien n'est écrit.\nAugmentez-la avec 'caprural session edit ${p.session} --capacity N', ou ajoutez --force --reason "…" pour confirmer au-delà.`,
  promotedExplicitly: (p) => `${p.name} (rang ${p.position} en liste d'attente) passe en confirmée pour ${p.session} (${p.id}).`,
  promoteOverCapacity: (p) => `Dérogation à la capacité (R1) enregistrée : « ${p.reason} ».`,
  notCounted: () => 'non comptée : annulée',
  closesAtStart: (p) => `${p.at} (début)`,
  membershipNotFound: (p) => `Aucune cotisation ${p.year} n'est enregistrée pour ${p.payer}.\nVoir 'caprural membership list --year ${p.year}'.`,
  membershipEdited: (p) => `Cotisation ${p.year} ${de(p.payer)} corrigée (${p.fields}).`,
  membershipUnchanged: (p) => `Cotisation ${p.year} ${de(p.payer)} : rien à changer ; rien n'est écrit.`,
  membershipEditNothing: () => `Indiquez quoi corriger : --on DATE, --amount EUR ("" l'efface) ou --reference TEXTE ("" l'efface).`,
  membershipCancelNeedsReason: () => `membership cancel demande --reason "…" : dites pourquoi la cotisation est annulée (c'est gardé dans l'historique).`,
  membershipCancelled: (p) => `Cotisation ${p.year} ${de(p.payer)} (payée le ${jour(p.paidOn)}) annulée ; l'historique la garde. Les inscriptions déjà faites ne changent pas.`,
  askPaidOn: () => `Payée le (jj/mm/aaaa)`,
  namesakeExists: (p) => (p.count === 1 ? `Une personne nommée ${p.name} existe déjà :` : `${p.count} personnes nommées ${p.name} existent déjà :`),
  askNamesake: (p) => `Inscrire l'une d'elles, ou créer un·e autre ${p.name} ?`,
  createNamesake: (p) => `+ Créer une autre personne nommée ${p.name}`,
  confirmNamesake: (p) => `Créer quand même une autre personne nommée ${p.name} ?`,
  askAmount: () => `Montant en euros (vide : inconnu)`,
  memberErased: (p) =>
    `${p.id} est la trace d'une personne effacée (caprural member forget) : on ne peut plus la modifier, l'inscrire, lui rattacher une cotisation ni la choisir.\nSi cette personne se manifeste à nouveau, ajoutez-la comme une nouvelle personne avec 'caprural member add'.`,
  emailReserved: (p) => `L'adresse « ${p.value} » est réservée aux traces des personnes effacées (@anonyme.invalid).\nDonnez la vraie adresse de la personne.`,
  membersErasedNotListed: (p) =>
    p.count === 1
      ? `1 personne effacée n'est pas listée ('caprural member show anonyme-N' montre ce qu'il en reste).`
      : `${p.count} personnes effacées ne sont pas listées ('caprural member show anonyme-N' montre ce qu'il en reste).`,
};
