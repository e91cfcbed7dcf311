// The sentences of registration, cancellation, bulk import and the log.
import { formatInstant, OFFICE_TIME_ZONE } from '../time';
import type { P } from './core';
import { de } from './french';

const rulesEn = (n: number) => (n === 1 ? '1 rule' : `${n} rules`);
const rulesFr = (n: number) => (n === 1 ? '1 règle' : `${n} règles`);

export const registerEn = {
  // rules (refusals are detail lines under registrationRefused; R4 warns, R12 informs)
  ruleStatus: (p: { session: string; status: string }) => `R9 session status: ${p.session} is ${p.status} and does not take registrations (only scheduled or held sessions do).`,
  ruleDeadline: (p: { closes: string; received: string; timeZone: string }) =>
    `R2 deadline: registration closed at ${formatInstant(p.closes, p.timeZone, 'en')} (${p.timeZone}); this one was received ${formatInstant(p.received, p.timeZone, 'en')}. If it arrived earlier, give --received-at.`,
  ruleCotisation: (p: { name: string; year: number; payer: string }) =>
    `R3 cotisation: no ${p.year} cotisation paid by ${p.name} or their organisation. Record it with: caprural membership pay ${p.payer} --year ${p.year}`,
  ruleCotisationNewPerson: (p: { name: string | number; year: string | number }) =>
    `R3 cotisation: ${p.name}, new in this file, has no ${p.year} cotisation. Give their organisation (one that paid ${p.year}) in the organisation column, or use --force --reason.`,
  ruleDuplicate: (p: { name: string; session: string; id: string; status: string }) => `R5 duplicate: ${p.name} is already registered for ${p.session} (${p.id}, ${p.status}).`,
  ruleCapacity: (p: { session: string; confirmed: number; capacity: number }) =>
    `R1 capacity: ${p.session} is full (${p.confirmed}/${p.capacity} confirmed) and --no-waitlist was given. Drop --no-waitlist to join the waiting list.`,
  ruleAudience: (p: { name: string; roles: string; audience: string }) =>
    `R4 audience (warning): ${p.name} (roles: ${p.roles || 'none recorded'}) is outside the session's audience (${p.audience}); registered anyway.`,
  ruleAttendedBefore: (p: { name: string; session: string }) => `R12 (notice): ${p.name} already attended ${p.session}; this registration is a refresher.`,
  // errors
  registrationRefused: (p: { name: string; session: string; count: number }) => `Registration of ${p.name} for ${p.session} refused by ${rulesEn(p.count)}; nothing was written:`,
  registrationRefusedAtPrompt: (p: { name: string; session: string; count: number }) => `Registration of ${p.name} for ${p.session} refused by ${rulesEn(p.count)}:`,
  registrationRefusedPersonKept: (p: { name: string; session: string; id: string }) =>
    `Registration of ${p.name} for ${p.session} refused; ${p.name} is kept in the people list (id ${p.id}), without the registration.\nOnce the cotisation is paid (or the refusal fixed): caprural register --session ${p.session} --member ${p.id}`,
  forceNeedsReason: (_: P) => `--force needs --reason "…": say why the rule is overridden (it is kept with the registration and in the log).`,
  reasonNeedsForce: (_: P) => `--reason is only used with --force. Add --force, or drop --reason.`,
  receivedInFuture: (p: { value: string; now: string; timeZone: string }) =>
    `--received-at "${p.value}" is in the future (it is now ${formatInstant(p.now, p.timeZone, 'en')}, ${p.timeZone}).\nGive the time the request was received.`,
  notRegistered: (p: { name: string; session: string }) => `${p.name} is not registered for ${p.session}; nothing to cancel.\nSee 'caprural session show ${p.session}' for its registrants.`,
  noOpenSession: (_: P) => `No session is open for registration now.\nGive --session ID to register for another session (e.g. history of a held one).`,
  importWithOthers: (_: P) => `--import cannot be combined with --session, --member or --received-at: they come from the file's columns.`,
  importEmpty: (p: { path: string }) => `${p.path} holds no registration rows; nothing was imported.`,
  importMissingColumns: (p: { missing: string; found: string }) =>
    `The file lacks the column(s) ${p.missing} (found: ${p.found}).\nRequired: session, email, received_at; optional: first_name, last_name, organisation, roles.`,
  importInvalid: (p: { count: number; path: string }) => `${p.count} row(s) of ${p.path} are invalid; nothing was imported. Fix every row listed and import the file again:`,
  importRefused: (p: { count: number }) =>
    `${p.count} row(s) are refused by the rules; nothing was imported. Fix or remove them, or import with --force --reason "…" to record them with an override (R1, R2, R3, R5 only):`,
  importLine: (p: { line: number; message: string }) => `line ${p.line}: ${p.message}`,
  importUnknownPerson: (p: { email: string }) => `nobody has the e-mail ${p.email}; give first_name and last_name to create the person`,
  importNameMismatch: (p: { email: string; first: string; last: string }) => `${p.email} is already given to ${p.first} ${p.last} on an earlier line with other names`,
  // output
  registeredConfirmed: (p: { name: string; session: string; id: string }) => `${p.name} is registered for ${p.session}: confirmed (${p.id}).`,
  registeredWaitlisted: (p: { name: string; session: string; id: string; position: number }) => `${p.name} is on the waiting list of ${p.session}, position ${p.position} (${p.id}).`,
  dryRun: (_: P) => `Dry run: nothing was written.`,
  wouldRegisterConfirmed: (p: { name: string; session: string }) => `${p.name} would be registered for ${p.session}: confirmed.`,
  wouldRegisterWaitlisted: (p: { name: string; session: string; position: number }) => `${p.name} would be on the waiting list of ${p.session}, position ${p.position}.`,
  overrideRecorded: (p: { rules: string; reason: string }) => `Override of ${p.rules} recorded: "${p.reason}".`,
  personCreated: (p: { name: string; id: string }) => `Person added: ${p.name} (id ${p.id}).`,
  cancelledRegistration: (p: { name: string; session: string; was: string }) => `Cancelled the registration of ${p.name} for ${p.session} (was ${p.was}).`,
  promoted: (p: { name: string; id: string }) => `${p.name} is promoted from the waiting list: confirmed (${p.id}).`,
  nobodyToPromote: (_: P) => `The waiting list is empty: the seat stays free.`,
  importDone: (p: { count: number; confirmed: number; waitlisted: number; created: number }) =>
    `Imported ${p.count} registration(s): ${p.confirmed} confirmed, ${p.waitlisted} waitlisted; ${p.created} person(s) created.`,
  importWould: (p: { count: number; confirmed: number; waitlisted: number; created: number }) =>
    `Dry run: would import ${p.count} registration(s): ${p.confirmed} confirmed, ${p.waitlisted} waitlisted; ${p.created} person(s) created. Nothing was written.`,
  importRowNote: (p: { line: number; message: string }) => `line ${p.line}: ${p.message}`,
  noLog: (_: P) => `No history yet.`,
  headLog: (_: P) => [`date (${OFFICE_TIME_ZONE})`, 'user', 'action', 'target', 'details'].join('\t'),
  // prompts
  askSessionToRegister: (_: P) => 'Session',
  sessionChoice: (p: { title: string; id: string; left: string; closes: string }) => `${p.title} (${p.id}) — ${p.left}, closes ${p.closes}`,
  seatsLeft: (p: { left: number }) => (p.left > 0 ? `${p.left} seat(s) left` : 'full: waiting list'),
  seatsUnlimited: (_: P) => 'no seat limit',
  askPerson: (_: P) => 'Person (type a name or an e-mail)',
  newPersonChoice: (_: P) => '+ Create a new person',
  summaryTitle: (p: { name: string; session: string }) => `Registration of ${p.name} for ${p.session}:`,
  summaryNewPerson: (p: { email: string }) => `  new person, created with the registration (${p.email})`,
  summaryChecksPassed: (_: P) => `  R1 capacity, R2 deadline, R3 cotisation, R5 duplicate, R9 status: checked`,
  confirmRegistration: (_: P) => 'Record this registration?',
  askOverride: (_: P) => 'Override these refusals with a reason?',
  askReason: (_: P) => 'Reason for the override',
  notRecorded: (_: P) => `Not recorded; nothing was written.`,
} satisfies Record<string, (p: never) => string>;

export const registerFr: typeof registerEn = {
  ruleStatus: (p) =>
    `R9 statut de la session : ${p.session} est ${p.status === 'announced' ? 'annoncée' : 'annulée'} et ne prend pas d'inscriptions (seules les sessions programmées ou réalisées en prennent).`,
  ruleDeadline: (p) =>
    `R2 date limite : les inscriptions ont fermé le ${formatInstant(p.closes, p.timeZone, 'fr')} (${p.timeZone}) ; celle-ci a été reçue le ${formatInstant(p.received, p.timeZone, 'fr')}. Si elle est arrivée plus tôt, indiquez --received-at.`,
  ruleCotisation: (p) => `R3 cotisation : aucune cotisation ${p.year} payée par ${p.name} ou sa structure. Enregistrez-la avec : caprural membership pay ${p.payer} --year ${p.year}`,
  ruleCotisationNewPerson: (p) =>
    `R3 cotisation : ${p.name}, nouveau dans ce fichier, n'a pas de cotisation ${p.year}. Indiquez sa structure (qui a payé ${p.year}) dans la colonne organisation, ou utilisez --force --reason.`,
  ruleDuplicate: (p) => `R5 doublon : ${p.name} est déjà inscrit·e à ${p.session} (${p.id}, ${p.status === 'confirmed' ? 'confirmée' : "en liste d'attente"}).`,
  ruleCapacity: (p) => `R1 capacité : ${p.session} est complète (${p.confirmed}/${p.capacity} confirmées) et --no-waitlist a été donné. Retirez --no-waitlist pour passer en liste d'attente.`,
  ruleAudience: (p) => `R4 public (avertissement) : ${p.name} (rôles : ${p.roles || 'aucun enregistré'}) n'est pas dans le public de la session (${p.audience}) ; inscription faite quand même.`,
  ruleAttendedBefore: (p) => `R12 (information) : ${p.name} a déjà suivi ${p.session} ; cette inscription est un rappel de ces notions.`,
  registrationRefused: (p) => `Inscription ${de(p.name)} à ${p.session} refusée par ${rulesFr(p.count)} ; rien n'a été écrit :`,
  registrationRefusedAtPrompt: (p) => `Inscription ${de(p.name)} à ${p.session} refusée par ${rulesFr(p.count)} :`,
  registrationRefusedPersonKept: (p) =>
    `Inscription ${de(p.name)} à ${p.session} refusée ; ${p.name} est gardé·e dans la liste des personnes (identifiant ${p.id}), sans l'inscription.\nUne fois la cotisation payée (ou le refus réglé) : caprural register --session ${p.session} --member ${p.id}`,
  forceNeedsReason: () => `--force demande --reason « … » : indiquez pourquoi la règle est levée (gardé avec l'inscription et dans l'historique).`,
  reasonNeedsForce: () => `--reason ne sert qu'avec --force. Ajoutez --force, ou retirez --reason.`,
  receivedInFuture: (p) => `--received-at « ${p.value} » est dans le futur (il est ${formatInstant(p.now, p.timeZone, 'fr')}, ${p.timeZone}).\nIndiquez l'heure de réception de la demande.`,
  notRegistered: (p) => `${p.name} n'est pas inscrit·e à ${p.session} ; rien à annuler.\nVoir 'caprural session show ${p.session}' pour ses inscrits.`,
  noOpenSession: () => `Aucune session n'est ouverte aux inscriptions en ce moment.\nIndiquez --session ID pour inscrire à une autre session (par exemple l'historique d'une session réalisée).`,
  importWithOthers: () => `--import ne se combine pas avec --session, --member ou --received-at : ils viennent des colonnes du fichier.`,
  importEmpty: (p) => `${p.path} ne contient aucune ligne d'inscription ; rien n'a été importé.`,
  importMissingColumns: (p) =>
    `Il manque au fichier la ou les colonnes ${p.missing} (trouvées : ${p.found}).\nObligatoires : session, email, received_at ; facultatives : first_name, last_name, organisation, roles.`,
  importInvalid: (p) => `${p.count} ligne(s) de ${p.path} sont invalides ; rien n'a été importé. Corrigez chaque ligne listée et importez à nouveau :`,
  importRefused: (p) =>
    `${p.count} ligne(s) sont refusées par les règles ; rien n'a été importé. Corrigez-les ou retirez-les, ou importez avec --force --reason « … » pour les enregistrer avec une dérogation (R1, R2, R3, R5 seulement) :`,
  importLine: (p) => `ligne ${p.line} : ${p.message}`,
  importUnknownPerson: (p) => `personne n'a l'e-mail ${p.email} ; indiquez first_name et last_name pour créer la personne`,
  importNameMismatch: (p) => `${p.email} est déjà donné à ${p.first} ${p.last} sur une ligne précédente avec d'autres noms`,
  registeredConfirmed: (p) => `${p.name} est inscrit·e à ${p.session} : confirmée (${p.id}).`,
  registeredWaitlisted: (p) => `${p.name} est en liste d'attente de ${p.session}, position ${p.position} (${p.id}).`,
  dryRun: () => `Simulation : rien n'a été écrit.`,
  wouldRegisterConfirmed: (p) => `${p.name} serait inscrit·e à ${p.session} : confirmée.`,
  wouldRegisterWaitlisted: (p) => `${p.name} serait en liste d'attente de ${p.session}, position ${p.position}.`,
  overrideRecorded: (p) => `Dérogation à ${p.rules} enregistrée : « ${p.reason} ».`,
  personCreated: (p) => `Personne ajoutée : ${p.name} (identifiant ${p.id}).`,
  cancelledRegistration: (p) => `Inscription ${de(p.name)} à ${p.session} annulée (était ${p.was === 'confirmed' ? 'confirmée' : "en liste d'attente"}).`,
  promoted: (p) => `${p.name} passe de la liste d'attente à confirmée (${p.id}).`,
  nobodyToPromote: () => `La liste d'attente est vide : la place reste libre.`,
  importDone: (p) => `${p.count} inscription(s) importée(s) : ${p.confirmed} confirmée(s), ${p.waitlisted} en liste d'attente ; ${p.created} personne(s) créée(s).`,
  importWould: (p) =>
    `Simulation : ${p.count} inscription(s) seraient importées : ${p.confirmed} confirmée(s), ${p.waitlisted} en liste d'attente ; ${p.created} personne(s) créée(s). Rien n'a été écrit.`,
  importRowNote: (p) => `ligne ${p.line} : ${p.message}`,
  noLog: () => `Aucun historique pour l'instant.`,
  headLog: () => [`date (${OFFICE_TIME_ZONE})`, 'utilisateur', 'action', 'cible', 'détails'].join('\t'),
  askSessionToRegister: () => 'Session',
  sessionChoice: (p) => `${p.title} (${p.id}) — ${p.left}, clôture ${p.closes}`,
  seatsLeft: (p) => (p.left > 0 ? `${p.left} place(s) libre(s)` : "complète : liste d'attente"),
  seatsUnlimited: () => 'places sans limite',
  askPerson: () => 'Personne (tapez un nom ou un e-mail)',
  newPersonChoice: () => '+ Créer une nouvelle personne',
  summaryTitle: (p) => `Inscription ${de(p.name)} à ${p.session} :`,
  summaryNewPerson: (p) => `  nouvelle personne, créée avec l'inscription (${p.email})`,
  summaryChecksPassed: () => `  R1 capacité, R2 date limite, R3 cotisation, R5 doublon, R9 statut : vérifiés`,
  confirmRegistration: () => 'Enregistrer cette inscription ?',
  askOverride: () => 'Lever ces refus avec une justification ?',
  askReason: () => 'Justification de la dérogation',
  notRecorded: () => `Non enregistrée ; rien n'a été écrit.`,
};
