// The sentences of registration, cancellation, bulk import and the log.
import { formatInstant, OFFICE_TIME_ZONE } from '../time';
import type { P } from './core';
import { coreEn, coreFr } from './core';
import { accord, count, de, nb } from './french';

/** Role codes ("agent, coprog") as the words a person reads. */
const roleWords = (table: typeof coreEn, codes: string) =>
  codes
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c) => (table as Record<string, (p: object) => string>)[`role_${c}`]?.({}) ?? c)
    .join(', ');

/** The columns of a registrations file by the French headers a French organiser writes (the English keys are read too). */
const COLUMNS_FR: Readonly<Record<string, string>> = {
  session: 'Session',
  email: 'E-mail',
  received_at: 'Reçue le',
  first_name: 'Prénom',
  last_name: 'Nom',
  organisation: 'Structure',
  roles: 'Rôles',
};
const columnsFr = (keys: string | number) =>
  String(keys)
    .split(', ')
    .map((key) => `« ${COLUMNS_FR[key] ?? key} »`)
    .join(', ');

const rulesEn = (n: number) => (n === 1 ? '1 rule' : `${n} rules`);
const rulesFr = (n: number) => (n === 1 ? '1 règle' : `${n} règles`);

export const registerEn = {
  // rules (refusals are detail lines under registrationRefused; R4 warns, R12 informs)
  ruleStatus: (p: { session: string; status: string }) => `Session status (R9): ${p.session} is ${p.status} and does not take registrations (only scheduled or held sessions do).`,
  ruleDeadline: (p: { closes: string; received: string; timeZone: string }) =>
    `Deadline (R2): registration closed at ${formatInstant(p.closes, p.timeZone, 'en')} (${p.timeZone}); this one was received ${formatInstant(p.received, p.timeZone, 'en')}. If it arrived earlier, give --received-at.`,
  ruleCotisation: (p: { name: string; year: number; payer: string }) =>
    `Cotisation (R3): no ${p.year} cotisation paid by ${p.name} or their organisation. Record it with: caprural membership pay ${p.payer} --year ${p.year}`,
  ruleCotisationNewPerson: (p: { name: string | number; year: string | number }) =>
    `Cotisation (R3): ${p.name}, new in this file, has no ${p.year} cotisation. Give their organisation (one that paid ${p.year}) in the organisation column, or use --force --reason.`,
  ruleDuplicate: (p: { name: string; session: string; id: string; status: string }) => `Duplicate (R5): ${p.name} is already registered for ${p.session} (${p.id}, ${p.status}).`,
  ruleCapacity: (p: { session: string; confirmed: number; capacity: number }) =>
    `Capacity (R1): ${p.session} is full (${p.confirmed}/${p.capacity} confirmed) and --no-waitlist was given. Drop --no-waitlist to join the waiting list.`,
  ruleAudience: (p: { name: string; roles: string; audience: string }) =>
    `Audience (R4, warning): ${p.name} (${p.roles ? roleWords(coreEn, p.roles) : 'no role recorded'}) is outside the session's audience (${roleWords(coreEn, p.audience)}); registered anyway.`,
  ruleAttendedBefore: (p: { name: string; session: string }) => `Already attended (R12, notice): ${p.name} already attended ${p.session}; this registration is a refresher.`,
  // errors
  registrationRefused: (p: { name: string; session: string; count: number }) => `Registration of ${p.name} for ${p.session} refused by ${rulesEn(p.count)}; nothing was written:`,
  registrationRefusedAtPrompt: (p: { name: string; session: string; count: number }) => `Registration of ${p.name} for ${p.session} refused by ${rulesEn(p.count)}:`,
  registrationRefusedPersonKept: (p: { name: string; session: string; id: string }) =>
    `Registration of ${p.name} for ${p.session} refused; ${p.name} is kept in the people list (id ${p.id}), without the registration.\nOnce the cotisation is paid (or the refusal fixed): caprural register --session ${p.session} --member ${p.id}`,
  forceNeedsReason: (_: P) => `--force needs --reason "…": say why the rule is overridden (it is kept with the registration and in the log).`,
  reasonNeedsForce: (_: P) => `--reason is only used with --force. Add --force, or drop --reason.`,
  receivedInFuture: (p: { value: string; now: string; timeZone: string }) =>
    `--received-at "${p.value}" is in the future (it is now ${formatInstant(p.now, p.timeZone, 'en')}, ${p.timeZone}).\nGive the time the request was received.`,
  cancelNeedsSession: (p: { name: string; sessions: string; count: number; id: string; session: string }) =>
    p.count === 1
      ? `--session is missing: ${p.name} is registered for ${p.session} only.\nTo cancel it: caprural cancel --session ${p.session} --member ${p.id} --yes`
      : `--session is missing: ${p.name} is registered for ${p.count} sessions: ${p.sessions}.\nGive the one to cancel: caprural cancel --session ID --member ${p.id} --yes`,
  cancelRegisteredNowhere: (p: { name: string }) => `${p.name} is registered for no session; nothing to cancel.`,
  notRegistered: (p: { name: string; session: string }) => `${p.name} is not registered for ${p.session}; nothing to cancel.\nSee 'caprural session show ${p.session}' for its registrants.`,
  noOpenSession: (_: P) => `No session is open for registration now.\nGive --session ID to register for another session (e.g. history of a held one).`,
  importWithOthers: (_: P) => `--import cannot be combined with --session, --member or --received-at: they come from the file's columns.`,
  importEmpty: (p: { path: string }) => `${p.path} holds no registration rows; nothing was imported.`,
  importMissingColumns: (p: { missing: string; found: string }) =>
    `The file lacks ${p.missing.includes(',') ? 'the columns' : 'the column'} ${p.missing} (found: ${p.found}).\nRequired: session, email, received_at; optional: first_name, last_name, organisation, roles.`,
  importInvalid: (p: { count: number; path: string }) =>
    `${count(p.count, 'row')} of ${p.path} ${p.count === 1 ? 'is' : 'are'} invalid; nothing was imported. Fix every row listed and import the file again:`,
  importRefused: (p: { count: number }) =>
    `${count(p.count, 'row')} ${p.count === 1 ? 'is' : 'are'} refused by the rules; nothing was imported. Fix or remove them, or import with --force --reason "…" to record them with an override (capacity R1, deadline R2, cotisation R3, duplicate R5 only):`,
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
    `Imported ${count(p.count, 'registration')}: ${p.confirmed} confirmed, ${p.waitlisted} waitlisted; ${count(p.created, 'person', 'people')} created.`,
  importWould: (p: { count: number; confirmed: number; waitlisted: number; created: number }) =>
    `Dry run: would import ${count(p.count, 'registration')}: ${p.confirmed} confirmed, ${p.waitlisted} waitlisted; ${count(p.created, 'person', 'people')} created. Nothing was written.`,
  importRowNote: (p: { line: number; message: string }) => `line ${p.line}: ${p.message}`,
  noLog: (_: P) => `No history yet.`,
  headLog: (_: P) => [`date (${OFFICE_TIME_ZONE})`, 'user', 'action', 'target', 'details'].join('\t'),
  // prompts
  askSessionToRegister: (_: P) => 'Session',
  sessionChoice: (p: { title: string; id: string; left: string; closes: string }) => `${p.title} (${p.id}) — ${p.left}, closes ${p.closes}`,
  seatsLeft: (p: { left: number }) => (p.left > 0 ? `${count(p.left, 'seat')} left` : 'full: waiting list'),
  seatsUnlimited: (_: P) => 'no seat limit',
  askPerson: (_: P) => 'Person (type a name or an e-mail)',
  newPersonChoice: (_: P) => '+ Create a new person',
  summaryTitle: (p: { name: string; session: string }) => `Registration of ${p.name} for ${p.session}:`,
  summaryNewPerson: (p: { email: string }) => `  new person, created with the registration (${p.email})`,
  summaryChecksPassed: (_: P) => `  capacity (R1), deadline (R2), cotisation (R3), duplicate (R5), session status (R9): checked`,
  confirmRegistration: (_: P) => 'Record this registration?',
  askOverride: (_: P) => 'Override these refusals with a reason?',
  askReason: (_: P) => 'Reason for the override',
  notRecorded: (_: P) => `Not recorded; nothing was written.`,
} satisfies Record<string, (p: never) => string>;

export const registerFr: typeof registerEn = {
  ruleStatus: (p) =>
    `Statut de la session (R9) : ${p.session} est ${p.status === 'announced' ? 'annoncée' : 'annulée'} et ne prend pas d'inscriptions (seules les sessions programmées ou réalisées en prennent).`,
  ruleDeadline: (p) =>
    `Date limite (R2) : les inscriptions ont fermé le ${formatInstant(p.closes, p.timeZone, 'fr')} (${p.timeZone}) ; celle-ci a été reçue le ${formatInstant(p.received, p.timeZone, 'fr')}. Si elle est arrivée plus tôt, indiquez --received-at.`,
  ruleCotisation: (p) => `Cotisation (R3) : aucune cotisation ${p.year} payée par ${p.name} ou sa structure. Enregistrez-la avec : caprural membership pay ${p.payer} --year ${p.year}`,
  ruleCotisationNewPerson: (p) =>
    `Cotisation (R3) : ${p.name}, nouvelle personne dans ce fichier, n'a pas de cotisation ${p.year}. Indiquez sa structure (qui a payé ${p.year}) dans la colonne Structure, ou utilisez --force --reason.`,
  ruleDuplicate: (p) => `Doublon (R5) : ${p.name} est déjà inscrit·e à ${p.session} (${p.id}, ${p.status === 'confirmed' ? 'confirmée' : "en liste d'attente"}).`,
  ruleCapacity: (p) => `Capacité (R1) : ${p.session} est complète (${p.confirmed}/${p.capacity} confirmées) et --no-waitlist a été donné. Retirez --no-waitlist pour passer en liste d'attente.`,
  ruleAudience: (p) =>
    `Public (R4, avertissement) : ${p.name} (${p.roles ? roleWords(coreFr, p.roles) : 'aucun rôle enregistré'}) n'est pas dans le public de la session (${roleWords(coreFr, p.audience)}) ; inscription faite quand même.`,
  ruleAttendedBefore: (p) => `Déjà suivi (R12, information) : ${p.name} a déjà suivi ${p.session} ; cette inscription est un rappel de ces notions.`,
  registrationRefused: (p) => `Inscription ${de(p.name)} à ${p.session} refusée par ${rulesFr(p.count)} ; rien n'a été écrit :`,
  registrationRefusedAtPrompt: (p) => `Inscription ${de(p.name)} à ${p.session} refusée par ${rulesFr(p.count)} :`,
  registrationRefusedPersonKept: (p) =>
    `Inscription ${de(p.name)} à ${p.session} refusée ; ${p.name} est gardé·e dans la liste des personnes (identifiant ${p.id}), sans l'inscription.\nUne fois la cotisation payée (ou le refus réglé) : caprural register --session ${p.session} --member ${p.id}`,
  forceNeedsReason: () => `--force demande --reason « … » : indiquez pourquoi la règle est levée (gardé avec l'inscription et dans l'historique).`,
  reasonNeedsForce: () => `--reason ne sert qu'avec --force. Ajoutez --force, ou retirez --reason.`,
  receivedInFuture: (p) => `--received-at « ${p.value} » est dans le futur (il est ${formatInstant(p.now, p.timeZone, 'fr')}, ${p.timeZone}).\nIndiquez l'heure de réception de la demande.`,
  cancelNeedsSession: (p) =>
    p.count === 1
      ? `--session manquant : ${p.name} n'est inscrit·e qu'à ${p.session}.\nPour annuler cette inscription : caprural cancel --session ${p.session} --member ${p.id} --yes`
      : `--session manquant : ${p.name} est inscrit·e à ${p.count} sessions : ${p.sessions}.\nIndiquez laquelle annuler : caprural cancel --session ID --member ${p.id} --yes`,
  cancelRegisteredNowhere: (p) => `${p.name} n'est inscrit·e à aucune session ; rien à annuler.`,
  notRegistered: (p) => `${p.name} n'est pas inscrit·e à ${p.session} ; rien à annuler.\nVoir 'caprural session show ${p.session}' pour ses inscrits.`,
  noOpenSession: () => `Aucune session n'est ouverte aux inscriptions en ce moment.\nIndiquez --session ID pour inscrire à une autre session (par exemple l'historique d'une session réalisée).`,
  importWithOthers: () => `--import ne se combine pas avec --session, --member ou --received-at : ils viennent des colonnes du fichier.`,
  importEmpty: (p) => `${p.path} ne contient aucune ligne d'inscription ; rien n'a été importé.`,
  importMissingColumns: (p) =>
    `Il manque au fichier ${p.missing.includes(',') ? 'les colonnes' : 'la colonne'} ${columnsFr(p.missing)} (colonnes trouvées : ${p.found}).\nObligatoires : Session, E-mail, Reçue le ; facultatives : Prénom, Nom, Structure, Rôles (ou leurs clés anglaises : session, email, received_at…).`,
  importInvalid: (p) => `${nb(p.count, 'ligne')} de ${p.path} ${p.count < 2 ? 'est invalide' : 'sont invalides'} ; rien n'a été importé. Corrigez chaque ligne listée et importez à nouveau :`,
  importRefused: (p) =>
    `${nb(p.count, 'ligne')} ${p.count < 2 ? 'est refusée' : 'sont refusées'} par les règles ; rien n'a été importé. ${p.count < 2 ? 'Corrigez-la ou retirez-la' : 'Corrigez-les ou retirez-les'}, ou importez avec --force --reason « … » pour les enregistrer avec une dérogation (capacité R1, date limite R2, cotisation R3, doublon R5 seulement) :`,
  importLine: (p) => `ligne ${p.line} : ${p.message}`,
  importUnknownPerson: (p) => `personne n'a l'e-mail ${p.email} ; ajoutez les colonnes Prénom et Nom pour créer la personne`,
  importNameMismatch: (p) => `${p.email} est déjà donné à ${p.first} ${p.last} sur une ligne précédente avec d'autres noms`,
  registeredConfirmed: (p) => `${p.name} est inscrit·e à ${p.session} : confirmée (${p.id}).`,
  registeredWaitlisted: (p) => `${p.name} est en liste d'attente de ${p.session}, position ${p.position} (${p.id}).`,
  dryRun: () => `Simulation : rien n'a été écrit.`,
  wouldRegisterConfirmed: (p) => `${p.name} serait inscrit·e à ${p.session} : confirmée.`,
  wouldRegisterWaitlisted: (p) => `${p.name} serait en liste d'attente de ${p.session}, position ${p.position}.`,
  overrideRecorded: (p) => `Dérogation enregistrée — ${p.rules} : « ${p.reason} ».`,
  personCreated: (p) => `Personne ajoutée : ${p.name} (identifiant ${p.id}).`,
  cancelledRegistration: (p) => `Inscription ${de(p.name)} à ${p.session} annulée (était ${p.was === 'confirmed' ? 'confirmée' : "en liste d'attente"}).`,
  promoted: (p) => `${p.name} passe de la liste d'attente à confirmée (${p.id}).`,
  nobodyToPromote: () => `La liste d'attente est vide : la place reste libre.`,
  importDone: (p) =>
    `${nb(p.count, 'inscription importée', 'inscriptions importées')} : ${p.confirmed} ${accord(p.confirmed, 'confirmée')}, ${p.waitlisted} en liste d'attente ; ${nb(p.created, 'personne créée', 'personnes créées')}.`,
  importWould: (p) =>
    `Simulation : ${nb(p.count, 'inscription serait importée', 'inscriptions seraient importées')} : ${p.confirmed} ${accord(p.confirmed, 'confirmée')}, ${p.waitlisted} en liste d'attente ; ${nb(p.created, 'personne créée', 'personnes créées')}. Rien n'a été écrit.`,
  importRowNote: (p) => `ligne ${p.line} : ${p.message}`,
  noLog: () => `Aucun historique pour l'instant.`,
  headLog: () => [`date (${OFFICE_TIME_ZONE})`, 'par', 'action', 'cible', 'détails'].join('\t'),
  askSessionToRegister: () => 'Session',
  sessionChoice: (p) => `${p.title} (${p.id}) — ${p.left}, clôture ${p.closes}`,
  seatsLeft: (p) => (p.left > 0 ? `${nb(p.left, 'place libre', 'places libres')}` : "complète : liste d'attente"),
  seatsUnlimited: () => 'places sans limite',
  askPerson: () => 'Personne (tapez un nom ou un e-mail)',
  newPersonChoice: () => '+ Créer une nouvelle personne',
  summaryTitle: (p) => `Inscription ${de(p.name)} à ${p.session} :`,
  summaryNewPerson: (p) => `  nouvelle personne, créée avec l'inscription (${p.email})`,
  summaryChecksPassed: () => `  capacité (R1), date limite (R2), cotisation (R3), doublon (R5), statut de la session (R9) : vérifiés`,
  confirmRegistration: () => 'Enregistrer cette inscription ?',
  askOverride: () => 'Lever ces refus avec une justification ?',
  askReason: () => 'Justification de la dérogation',
  notRecorded: () => `Non enregistrée ; rien n'a été écrit.`,
};
