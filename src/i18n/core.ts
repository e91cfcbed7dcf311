// The sentences of the store and of the catalogue, people, organisations and cotisations commands.

import { DATE_FORMS_EN, DATE_FORMS_FR } from './rules';
import { integrityEn, integrityFr } from './integrity';
import { count, jour, nb } from './french';

export type P = Record<string, string | number>;
const reasonEn: Record<string, string> = {
  empty: 'the file is empty (zero bytes)',
  blank: 'the file holds only blank space',
  nulBytes: 'the file holds NUL bytes (it was damaged, perhaps by a crash of the disk or system)',
  notJson: 'the file is not JSON (it may be truncated)',
  notObject: 'the file does not hold a store object',
  shape: 'the file does not have the shape of a store',
  logInside: 'the file holds its history inside, which this version keeps in the file beside it (.log)',
  ENOSPC: 'the disk is full (ENOSPC)',
  EACCES: 'permission denied (EACCES)',
  EPERM: 'operation not permitted (EPERM)',
  EROFS: 'the file system is read-only (EROFS)',
  EIO: 'input/output error (EIO)',
};
const reasonFr: Record<string, string> = {
  empty: 'le fichier est vide (zéro octet)',
  blank: 'le fichier ne contient que des blancs',
  nulBytes: 'le fichier contient des octets NUL (il a été abîmé, peut-être par une panne du disque ou du système)',
  notJson: "le fichier n'est pas du JSON (il est peut-être tronqué)",
  notObject: 'le fichier ne contient pas un objet de stockage',
  shape: "le fichier n'a pas la forme d'un stockage",
  logInside: 'le fichier contient son historique, que cette version garde dans le fichier à côté (.log)',
  ENOSPC: 'le disque est plein (ENOSPC)',
  EACCES: 'permission refusée (EACCES)',
  EPERM: 'opération non permise (EPERM)',
  EROFS: 'le système de fichiers est en lecture seule (EROFS)',
  EIO: "erreur d'entrée/sortie (EIO)",
};
const why = (table: Record<string, string>, reason: string, badVersion: string) =>
  reason.startsWith('badVersion:') ? `${badVersion} ${reason.slice('badVersion:'.length)}` : (table[reason] ?? reason);
const backupEn = (b: string | number) => (b ? `the newest backup is ${b}` : 'no backup exists');
const backupFr = (b: string | number) => (b ? `la sauvegarde la plus récente est ${b}` : "aucune sauvegarde n'existe");

/** A name refused, and why (`requireName`): which name, for which option, what is wrong with it. */
type NameFault = { option?: string; value: string; what?: string; fault?: string; char?: string };
const nameFaultEn = (p: NameFault) => {
  const label = `${p.what === 'first' ? 'first name' : p.what === 'last' ? 'last name' : 'name'}${p.option ? ` for ${p.option}` : ''}`;
  if (p.fault === 'empty') return `Empty ${label}.`;
  if (p.fault === 'control') return `Invalid ${label}: "${p.value}" holds a control or invisible character (${p.char}).`;
  if (p.fault === 'long') return `Invalid ${label}: "${p.value}" is longer than 100 characters.`;
  return p.char ? `Invalid ${label}: "${p.value}" holds "${p.char}", which no name holds.` : `Invalid ${label}: "${p.value}".`;
};
const nameFaultFr = (p: NameFault) => {
  const label = `${p.what === 'first' ? 'Prénom' : 'Nom'}`;
  const option = p.option ? ` pour ${p.option}` : '';
  if (p.fault === 'empty') return `${label} vide${option}.`;
  if (p.fault === 'control') return `${label} invalide${option} : « ${p.value} » contient un caractère de contrôle ou invisible (${p.char}).`;
  if (p.fault === 'long') return `${label} invalide${option} : « ${p.value} » dépasse 100 caractères.`;
  return p.char ? `${label} invalide${option} : « ${p.value} » contient « ${p.char} », qui n'a pas sa place dans un nom.` : `${label} invalide${option} : « ${p.value} ».`;
};

export const coreEn = {
  // errors: store
  storeInvalid: (p: { path: string; reason: string; backup: string; count?: number }) =>
    `The store ${p.path} cannot be used: ${p.count ? integrityEn.storeRecordsInvalid({ count: p.count }) : why(reasonEn, p.reason, 'unknown schemaVersion')}. It was left untouched.\n${p.backup ? `Restore a backup (${backupEn(p.backup)}; 'caprural backup restore latest') or fix the file` : `Fix the file (${backupEn(p.backup)})`}, then try again.`,
  storeNewer: (p: { path: string; version: number; supported: number; backup: string }) =>
    `The store ${p.path} was written by a newer caprural (schema ${p.version}; this one knows ${p.supported}). It was left untouched.\nUpdate caprural to use it (${backupEn(p.backup)}).`,
  storeUnreadable: (p: { path: string; reason: string }) => `Cannot read or lock the store ${p.path} (${reasonEn[p.reason] ?? p.reason}).\nCheck the path and its permissions.`,
  storeWriteFailed: (p: { path: string; reason: string }) =>
    `Could not write ${p.path} (${reasonEn[p.reason] ?? p.reason}); it is unchanged.\nCheck free disk space and the folder's permissions, then try again.`,
  storeLockLost: (p: { path: string }) => `Another process took over the lock on ${p.path} during this change; nothing was written.\nTry again.`,
  storeLocked: (p: { path: string; seconds: number }) =>
    `The store ${p.path} is in use by another caprural; gave up after ${p.seconds} s. Nothing was changed.\nTry again in a moment (a lock left by a stopped process is cleared by itself within seconds).`,
  storeMissingWithBackups: (p: { path: string; backup: string }) =>
    `The store ${p.path} is missing, but backups of it exist; not creating an empty one.\nRestore the newest with: caprural backup restore latest (it is ${p.backup})`,
  storeExists: (p: { path: string }) => `A store already exists at ${p.path}; nothing was changed.\nUse --store to create one elsewhere.`,
  storeCreated: (p: { path: string }) => `Created a new store with the catalogue at ${p.path}`,
  storeInitialised: (p: { path: string; sessions: number }) => `Store created at ${p.path} (${count(p.sessions, 'session')}).`,
  // errors: input
  usage: (p: { message: string }) => `${p.message}\nSee 'caprural --help'.`,
  missingOption: (p: { option: string }) => `Missing ${p.option}.\nGive it on the command line (no prompt is shown without a terminal or with --no-input).`,
  invalidDate: (p: { option?: string; value: string }) =>
    `Cannot read "${p.value}" as a date${p.option ? ` for ${p.option}` : ''}. Accepted: ${DATE_FORMS_EN}.\nLocal times are read in the session's time zone.`,
  invalidDay: (p: { option?: string; value: string }) =>
    `Cannot read "${p.value}" as a day${p.option ? ` for ${p.option}` : ''}. Accepted: 07/02/2018, 07/02/18, 7 février 2018, 7 February 2018, 2018-02-07.`,
  nonexistentTime: (p: { option?: string; value: string; timeZone: string }) =>
    `${p.option ? `${p.option} ` : ''}"${p.value}" does not exist in ${p.timeZone}: the clocks skip that hour when summer time starts.\nGive the time as it was shown, or ISO 8601 with an offset.`,
  invalidYear: (p: { option: string; value: string }) => `Invalid year for ${p.option}: "${p.value}". Use a year such as 2018.`,
  invalidName: (p: NameFault) => `${nameFaultEn(p)}\nA name has letters, spaces, apostrophes and hyphens only.`,
  invalidEmail: (p: { value: string }) => `Invalid e-mail: "${p.value}". Use an address such as prenom.nom@example.fr.`,
  invalidPhone: (p: { value: string }) => `Invalid phone number: "${p.value}". Use a French number such as 04 72 72 49 76 or +33 4 72 72 49 76.`,
  invalidRole: (p: { value: string; allowed: string }) => `Unknown role "${p.value}". Roles: ${p.allowed}.`,
  invalidOrgKind: (p: { value: string; allowed: string }) => `Unknown kind of organisation "${p.value}". Kinds: ${p.allowed}.`,
  invalidOrgName: (p: { value: string }) => `Invalid organisation name: "${p.value}". Give a name of 1 to 200 characters, without control characters.`,
  invalidText: (p: { option: string; value: string }) => `Invalid text for ${p.option}: "${p.value}". Control characters are not accepted.`,
  invalidChoice: (p: { option: string; value: string; allowed: string }) => `Invalid value for ${p.option}: "${p.value}". Choose one of: ${p.allowed}.`,
  invalidCapacity: (p: { value: string }) => `Invalid capacity "${p.value}". Give a whole number of seats, or "none".`,
  invalidTimeZone: (p: { value: string }) => `Unknown time zone "${p.value}". Use an IANA name such as Europe/Paris.`,
  invalidAmount: (p: { value: string }) => `Invalid amount "${p.value}". Give euros, such as 120 or 120,50.`,
  endsBeforeStarts: (_: P) => `The session must end after it starts. Check --starts and --ends.`,
  closesAfterStarts: (_: P) => `Registration must close before the session starts. Check --closes and --starts.`,
  yearNotStartYear: (p: { year: number; startYear: number }) => `The session starts in ${p.startYear}, not ${p.year}. Give --year ${p.startYear}, or leave --year out.`,
  emailTaken: (p: { email: string; id: string }) => `The e-mail ${p.email} is already used by ${p.id}.\nUse 'caprural member show ${p.id}' to see that person.`,
  orgTaken: (p: { name: string; id: string }) => `An organisation named "${p.name}" already exists (${p.id}).`,
  memberNotFound: (p: { ref: string }) => `Nobody matches "${p.ref}".\nUse an id, an e-mail or a full name ('caprural member list' lists everyone).`,
  memberAmbiguous: (p: { ref: string; count: number }) => `"${p.ref}" matches ${count(p.count, 'person', 'people')}; use an id or an e-mail:`,
  orgNotFound: (p: { ref: string }) => `No organisation matches "${p.ref}".\nUse its id or name ('caprural org list'), or create it with 'caprural org add'.`,
  payerNotFound: (p: { ref: string }) => `No organisation or person matches "${p.ref}".\nUse an organisation id or name, or a person's id, e-mail or name.`,
  payerAmbiguous: (p: { ref: string }) => `"${p.ref}" names both an organisation and a person; use an id:`,
  sessionNotFound: (p: { ref: string }) => `No session "${p.ref}".\nSee 'caprural sessions' for the ids.`,
  courseNotFound: (p: { ref: string; known: string }) => `No course "${p.ref}". Courses: ${p.known}.`,
  courseNotEditable: (_: P) => `A session's course cannot be changed; cancel it and add a new session instead.`,
  // refusals
  membershipAlreadyPaid: (p: { payer: string; year: number; paidOn: string; id: string }) =>
    `${p.payer} already paid the ${p.year} cotisation (on ${p.paidOn}); nothing recorded.\nTo correct it: caprural membership edit ${p.id} --year ${p.year} --on DATE --amount EUR --reference TEXT`,
  capacityBelowConfirmed: (p: { capacity: number; confirmed: number }) =>
    `Cannot set capacity to ${p.capacity}: ${count(p.confirmed, 'registration')} ${p.confirmed === 1 ? 'is' : 'are'} already confirmed.`,
  sessionAlreadyHeld: (p: { id: string }) => `The session ${p.id} has been held; it cannot be cancelled.`,
  sessionAlreadyCancelled: (p: { id: string }) => `The session ${p.id} is already cancelled.`,
  interrupted: (_: P) => `Interrupted; nothing was changed.`,
  unexpected: (p: { message: string }) => `Unexpected error: ${p.message}\nPlease report it with the command you ran.`,
  // output
  orgAdded: (p: { id: string; name: string }) => `Organisation added: ${p.name} (id ${p.id})`,
  memberAdded: (p: { id: string; name: string }) => `Person added: ${p.name} (id ${p.id})`,
  memberEdited: (p: { id: string; fields: string }) => `Updated ${p.id}: ${p.fields || 'nothing changed'}`,
  sessionAdded: (p: { id: string }) => `Session added: ${p.id}`,
  sessionEdited: (p: { id: string; fields: string }) => `Updated ${p.id}: ${p.fields || 'nothing changed'}`,
  sessionCancelled: (p: { id: string; registrants: number }) => `Session ${p.id} cancelled (${count(p.registrants, 'registration')} kept for the record).`,
  membershipPaid: (p: { payer: string; year: number; paidOn: string }) => `Cotisation ${p.year} recorded for ${p.payer} (paid on ${p.paidOn}).`,
  noSessions: (_: P) => `No session matches.`,
  noMembers: (_: P) => `Nobody yet. Add someone with 'caprural member add'.`,
  noOrganisations: (_: P) => `No organisation yet. Add one with 'caprural org add'.`,
  noMemberships: (_: P) => `No cotisation recorded.`,
  noRegistrants: (_: P) => `No registration yet.`,
  dateUnknown: (p: { year: number }) => `${p.year}, date not set`,
  noLimit: (_: P) => `no limit`,
  noDeadline: (_: P) => `—`,
  headSessions: (_: P) => ['id', 'title', 'date', 'seats', 'waiting', 'closes', 'status'].join('\t'),
  headMembers: (_: P) => ['id', 'name', 'e-mail', 'organisation', 'roles'].join('\t'),
  headOrgs: (_: P) => ['id', 'name', 'kind', 'territory', 'people', 'cotisations'].join('\t'),
  headMemberships: (_: P) => ['year', 'payer', 'paid on', 'amount', 'reference'].join('\t'),
  headRegistrants: (_: P) => ['#', 'name', 'e-mail', 'status', 'received', 'attendance'].join('\t'),
  labelCourse: (_: P) => 'Course',
  labelDate: (_: P) => 'Date',
  labelFormat: (_: P) => 'Format',
  labelSeats: (_: P) => 'Seats',
  labelDeadline: (_: P) => 'Registration closes',
  labelCotisation: (_: P) => 'Cotisation year',
  labelAudience: (_: P) => 'Audience',
  labelSpeakers: (_: P) => 'Speakers',
  labelContact: (_: P) => 'Contact',
  labelStatus: (_: P) => 'Status',
  labelEmail: (_: P) => 'E-mail',
  labelPhone: (_: P) => 'Phone',
  labelOrganisation: (_: P) => 'Organisation',
  labelRoles: (_: P) => 'Roles',
  labelKind: (_: P) => 'Kind',
  labelTerritory: (_: P) => 'Territory',
  labelPeople: (_: P) => 'People',
  labelCotisations: (_: P) => 'Cotisations',
  labelRegistrations: (_: P) => 'Registrations',
  seatsOf: (p: { confirmed: number; capacity: string; waitlisted: number }) => `${p.confirmed}/${p.capacity} confirmed, ${p.waitlisted} waiting`,
  toConfirm: (_: P) => '(to be confirmed)',
  open: (_: P) => 'open',
  // prompts
  askFirstName: (_: P) => 'First name',
  askLastName: (_: P) => 'Last name',
  askEmail: (_: P) => 'E-mail',
  askPhone: (_: P) => 'Phone (optional)',
  askOrganisation: (_: P) => 'Organisation',
  askRoles: (_: P) => 'Roles',
  askOrgName: (_: P) => 'Organisation name',
  askOrgKind: (_: P) => 'Kind',
  askTerritory: (_: P) => 'Territory (optional)',
  askPayer: (_: P) => 'Who pays (organisation or person)',
  askYear: (_: P) => 'Year',
  askCourse: (_: P) => 'Course',
  askStarts: (_: P) => 'Starts (dd/MM/yyyy HH:mm, empty if not set)',
  noOrganisationChoice: (_: P) => '(no organisation)',
  role_agent: (_: P) => 'LEADER development agent',
  role_coprog: (_: P) => 'programming committee member',
  'role_coop-group': (_: P) => 'cooperation working group member',
  role_other: (_: P) => 'other',
  format_webconference: (_: P) => 'webconference',
  'format_in-person': (_: P) => 'in person',
  status_announced: (_: P) => 'announced',
  status_scheduled: (_: P) => 'scheduled',
  status_held: (_: P) => 'held',
  status_cancelled: (_: P) => 'cancelled',
  status_confirmed: (_: P) => 'confirmed',
  status_waitlisted: (_: P) => 'waitlisted',
} satisfies Record<string, (p: never) => string>;

export const coreFr: typeof coreEn = {
  storeInvalid: (p) =>
    `Le stockage ${p.path} est inutilisable : ${p.count ? integrityFr.storeRecordsInvalid({ count: p.count }) : why(reasonFr, p.reason, 'schemaVersion inconnu')}. Il n'a pas été modifié.\n${p.backup ? `Restaurez une sauvegarde (${backupFr(p.backup)} ; 'caprural backup restore latest') ou corrigez le fichier` : `Corrigez le fichier (${backupFr(p.backup)})`}, puis réessayez.`,
  storeNewer: (p) =>
    `Le stockage ${p.path} a été écrit par une version plus récente de caprural (schéma ${p.version} ; celle-ci connaît ${p.supported}). Il n'a pas été modifié.\nMettez caprural à jour pour l'utiliser (${backupFr(p.backup)}).`,
  storeUnreadable: (p) => `Impossible de lire ou de verrouiller le stockage ${p.path} (${reasonFr[p.reason] ?? p.reason}).\nVérifiez le chemin et ses droits.`,
  storeWriteFailed: (p) => `Impossible d'écrire ${p.path} (${reasonFr[p.reason] ?? p.reason}) ; il est inchangé.\nVérifiez l'espace disque et les droits du dossier, puis réessayez.`,
  storeLockLost: (p) => `Un autre processus a pris le verrou de ${p.path} pendant la modification ; rien n'a été écrit.\nRéessayez.`,
  storeLocked: (p) =>
    `Le stockage ${p.path} est utilisé par un autre caprural ; abandon après ${p.seconds} s. Rien n'a été modifié.\nRéessayez dans un instant (un verrou laissé par un processus arrêté se libère seul en quelques secondes).`,
  storeMissingWithBackups: (p) =>
    `Le stockage ${p.path} est absent, mais des sauvegardes existent ; aucun stockage vide n'est créé.\nRestaurez la plus récente avec : caprural backup restore latest (c'est ${p.backup})`,
  storeExists: (p) => `Un stockage existe déjà à ${p.path} ; rien n'a été modifié.\nUtilisez --store pour en créer un ailleurs.`,
  storeCreated: (p) => `Nouveau stockage créé avec le catalogue : ${p.path}`,
  storeInitialised: (p) => `Stockage créé : ${p.path} (${nb(p.sessions, 'session')}).`,
  usage: (p) => `${p.message}\nVoir 'caprural --help'.`,
  missingOption: (p) => `${p.option} manquant.\nIndiquez-le sur la ligne de commande (aucune question n'est posée sans terminal ou avec --no-input).`,
  invalidDate: (p) =>
    `Impossible de lire « ${p.value} » comme une date${p.option ? ` pour ${p.option}` : ''}. Formes acceptées : ${DATE_FORMS_FR}.\nLes heures locales sont lues dans le fuseau de la session.`,
  invalidDay: (p) => `Impossible de lire « ${p.value} » comme un jour${p.option ? ` pour ${p.option}` : ''}. Formes acceptées : 07/02/2018, 07/02/18, 7 février 2018, 7 February 2018, 2018-02-07.`,
  nonexistentTime: (p) =>
    `${p.option ? `${p.option} ` : ''}« ${p.value} » n'existe pas en ${p.timeZone} : les horloges sautent cette heure au passage à l'heure d'été.\nIndiquez l'heure telle qu'elle était affichée, ou l'ISO 8601 avec décalage.`,
  invalidYear: (p) => `Année invalide pour ${p.option} : « ${p.value} ». Indiquez une année comme 2018.`,
  invalidName: (p) => `${nameFaultFr(p)}\nUn nom ne contient que des lettres, espaces, apostrophes et traits d'union.`,
  invalidEmail: (p) => `Adresse e-mail invalide : « ${p.value} ». Utilisez une adresse comme prenom.nom@example.fr.`,
  invalidPhone: (p) => `Numéro de téléphone invalide : « ${p.value} ». Utilisez un numéro français comme 04 72 72 49 76 ou +33 4 72 72 49 76.`,
  // The words a French organiser types (the English codes stay accepted).
  invalidRole: (p) => `Rôle inconnu « ${p.value} ». Rôles : agent, coprog, groupe-coop, autre.`,
  invalidOrgKind: (p) => `Type de structure inconnu « ${p.value} ». Types : GAL, PNR, EPCI, association, autre.`,
  invalidOrgName: (p) => `Nom de structure invalide : « ${p.value} ». Indiquez un nom de 1 à 200 caractères, sans caractère de contrôle.`,
  invalidText: (p) => `Texte invalide pour ${p.option} : « ${p.value} ». Les caractères de contrôle sont refusés.`,
  invalidChoice: (p) => `Valeur invalide pour ${p.option} : « ${p.value} ». Choisissez parmi : ${p.allowed}.`,
  invalidCapacity: (p) => `Capacité invalide « ${p.value} ». Indiquez un nombre entier de places, ou « none ».`,
  invalidTimeZone: (p) => `Fuseau horaire inconnu « ${p.value} ». Utilisez un nom IANA comme Europe/Paris.`,
  invalidAmount: (p) => `Montant invalide « ${p.value} ». Indiquez des euros, comme 120 ou 120,50.`,
  endsBeforeStarts: () => `La session doit finir après son début. Vérifiez --starts et --ends.`,
  closesAfterStarts: () => `Les inscriptions doivent fermer avant le début de la session. Vérifiez --closes et --starts.`,
  yearNotStartYear: (p) => `La session commence en ${p.startYear}, pas en ${p.year}. Indiquez --year ${p.startYear}, ou ne donnez pas --year.`,
  emailTaken: (p) => `L'adresse ${p.email} est déjà utilisée par ${p.id}.\nVoir 'caprural member show ${p.id}'.`,
  orgTaken: (p) => `Une structure nommée « ${p.name} » existe déjà (${p.id}).`,
  memberNotFound: (p) => `Personne ne correspond à « ${p.ref} ».\nUtilisez un identifiant, un e-mail ou un nom complet ('caprural member list' les liste).`,
  memberAmbiguous: (p) => `« ${p.ref} » désigne ${nb(p.count, 'personne')} ; utilisez un identifiant ou un e-mail :`,
  orgNotFound: (p) => `Aucune structure ne correspond à « ${p.ref} ».\nUtilisez son identifiant ou son nom ('caprural org list'), ou créez-la avec 'caprural org add'.`,
  payerNotFound: (p) => `Aucune structure ni personne ne correspond à « ${p.ref} ».\nUtilisez l'identifiant ou le nom d'une structure, ou l'identifiant, l'e-mail ou le nom d'une personne.`,
  payerAmbiguous: (p) => `« ${p.ref} » désigne à la fois une structure et une personne ; utilisez un identifiant :`,
  sessionNotFound: (p) => `Aucune session « ${p.ref} ».\nVoir 'caprural sessions' pour les identifiants.`,
  courseNotFound: (p) => `Aucun module « ${p.ref} ». Modules : ${p.known}.`,
  courseNotEditable: () => `Le module d'une session ne peut pas changer ; annulez-la et créez une nouvelle session.`,
  membershipAlreadyPaid: (p) =>
    `${p.payer} a déjà payé la cotisation ${p.year} (le ${jour(p.paidOn)}) ; rien n'est enregistré.\nPour la corriger : caprural membership edit ${p.id} --year ${p.year} --on DATE --amount EUR --reference TEXTE`,
  capacityBelowConfirmed: (p) => `Impossible de fixer la capacité à ${p.capacity} : ${nb(p.confirmed, 'inscription est déjà confirmée', 'inscriptions sont déjà confirmées')}.`,
  sessionAlreadyHeld: (p) => `La session ${p.id} a déjà eu lieu ; elle ne peut pas être annulée.`,
  sessionAlreadyCancelled: (p) => `La session ${p.id} est déjà annulée.`,
  interrupted: () => `Interrompu ; rien n'a été modifié.`,
  unexpected: (p) => `Erreur inattendue : ${p.message}\nMerci de la signaler avec la commande lancée.`,
  orgAdded: (p) => `Structure ajoutée : ${p.name} (identifiant ${p.id})`,
  memberAdded: (p) => `Personne ajoutée : ${p.name} (identifiant ${p.id})`,
  memberEdited: (p) => `${p.id} modifié : ${p.fields || 'aucun changement'}`,
  sessionAdded: (p) => `Session ajoutée : ${p.id}`,
  sessionEdited: (p) => `${p.id} modifiée : ${p.fields || 'aucun changement'}`,
  sessionCancelled: (p) => `Session ${p.id} annulée (${nb(p.registrants, 'inscription conservée', 'inscriptions conservées')}).`,
  membershipPaid: (p) => `Cotisation ${p.year} enregistrée pour ${p.payer} (payée le ${jour(p.paidOn)}).`,
  noSessions: () => `Aucune session ne correspond.`,
  noMembers: () => `Personne pour l'instant. Ajoutez quelqu'un avec 'caprural member add'.`,
  noOrganisations: () => `Aucune structure pour l'instant. Ajoutez-en une avec 'caprural org add'.`,
  noMemberships: () => `Aucune cotisation enregistrée.`,
  noRegistrants: () => `Aucune inscription pour l'instant.`,
  dateUnknown: (p) => `${p.year}, date non fixée`,
  noLimit: () => `sans limite`,
  noDeadline: () => `—`,
  headSessions: () => ['identifiant', 'titre', 'date', 'places', 'attente', 'clôture', 'statut'].join('\t'),
  headMembers: () => ['identifiant', 'nom', 'e-mail', 'structure', 'rôles'].join('\t'),
  headOrgs: () => ['identifiant', 'nom', 'type', 'territoire', 'personnes', 'cotisations'].join('\t'),
  headMemberships: () => ['année', 'payeur', 'payée le', 'montant', 'référence'].join('\t'),
  headRegistrants: () => ['n°', 'nom', 'e-mail', 'statut', 'reçue', 'présence'].join('\t'),
  labelCourse: () => 'Module',
  labelDate: () => 'Date',
  labelFormat: () => 'Format',
  labelSeats: () => 'Places',
  labelDeadline: () => 'Clôture des inscriptions',
  labelCotisation: () => 'Année de cotisation',
  labelAudience: () => 'Public',
  labelSpeakers: () => 'Intervenants',
  labelContact: () => 'Contact',
  labelStatus: () => 'Statut',
  labelEmail: () => 'E-mail',
  labelPhone: () => 'Téléphone',
  labelOrganisation: () => 'Structure',
  labelRoles: () => 'Rôles',
  labelKind: () => 'Type',
  labelTerritory: () => 'Territoire',
  labelPeople: () => 'Personnes',
  labelCotisations: () => 'Cotisations',
  labelRegistrations: () => 'Inscriptions',
  seatsOf: (p) => `${p.confirmed}/${p.capacity} confirmées, ${p.waitlisted} en attente`,
  toConfirm: () => '(à confirmer)',
  open: () => 'ouverte',
  askFirstName: () => 'Prénom',
  askLastName: () => 'Nom',
  askEmail: () => 'E-mail',
  askPhone: () => 'Téléphone (facultatif)',
  askOrganisation: () => 'Structure',
  askRoles: () => 'Rôles',
  askOrgName: () => 'Nom de la structure',
  askOrgKind: () => 'Type',
  askTerritory: () => 'Territoire (facultatif)',
  askPayer: () => 'Qui paie (structure ou personne)',
  askYear: () => 'Année',
  askCourse: () => 'Module',
  askStarts: () => 'Début (jj/mm/aaaa hh:mm, vide si non fixé)',
  noOrganisationChoice: () => '(aucune structure)',
  role_agent: () => 'agent de développement LEADER',
  role_coprog: () => 'membre du comité de programmation',
  'role_coop-group': () => 'membre du groupe de travail coopération',
  role_other: () => 'autre',
  format_webconference: () => 'webconférence',
  'format_in-person': () => 'en présentiel',
  status_announced: () => 'annoncée',
  status_scheduled: () => 'programmée',
  status_held: () => 'réalisée',
  status_cancelled: () => 'annulée',
  status_confirmed: () => 'confirmée',
  status_waitlisted: () => "en liste d'attente",
};
