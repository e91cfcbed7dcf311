import { accord, count, nb } from './french';
// The sentences of `caprural doc` (messages), and the words printed on the documents themselves
// (attendance sheet, certificate of completion), in French and English.

// Why a registrant gets no certificate (the codes of src/domain/certificates.ts).
const whyEn: Record<string, string> = {
  absent: 'recorded absent',
  'not-recorded': 'attendance not recorded (caprural attendance)',
  'not-registered': 'not registered for this session',
  waitlisted: 'on the waiting list, not confirmed',
  cancelled: 'registration cancelled',
  erased: 'their identity was erased (member forget)',
};
const whyFr: Record<string, string> = {
  absent: 'enregistré·e absent·e',
  'not-recorded': 'présence non enregistrée (caprural attendance)',
  'not-registered': 'pas inscrit·e à cette session',
  waitlisted: "en liste d'attente, pas confirmé·e",
  cancelled: 'inscription annulée',
  erased: 'son identité a été effacée (caprural member forget)',
};

export const documentsEn = {
  docWritten: (p: { file: string; pages: number }) => `Wrote ${p.file} (${count(p.pages, 'page')}).`,
  docCertificatesWritten: (p: { count: number; dir: string; merged: string }) => `${count(p.count, 'certificate')} written in ${p.dir}; all of them in one file for printing: ${p.merged}`,
  docCertificatesSkipped: (p: { count: number; names: string }) => `No certificate for ${count(p.count, 'registrant')} not recorded present or erased: ${p.names}.`,
  docNoDates: (p: { id: string }) => `The session ${p.id} has no date yet: its half-days are left blank on the sheet, to fill in by hand.`,
  docProviderBlank: (p: { keys: string }) => `Not set, left blank to fill in: ${p.keys} (set them with 'caprural config set').`,
  docNoAttendee: (p: { id: string }) => `Nobody is recorded present at ${p.id}: no certificate to issue.\nRecord attendance first: caprural attendance ${p.id}.`,
  docErasedAttendee: (p: { memberId: string; id: string }) =>
    `No certificate for ${p.memberId} at ${p.id}: this person was recorded present, but their identity was erased (member forget).\nA certificate names the person; an erased person's record names no one.`,
  docOnlyErasedAttendees: (p: { id: string; count: number }) =>
    `No certificate to issue at ${p.id}: ${p.count === 1 ? 'the one person recorded present was' : `the ${p.count} people recorded present were`} erased (member forget).\nAttendance is recorded; a certificate names the person, and an erased person's record names no one.`,
  docNotPresent: (p: { name: string; id: string; why: string }) =>
    `No certificate for ${p.name} at ${p.id}: ${whyEn[p.why] ?? p.why}.\nA certificate of completion is issued only to a person recorded present.`,
  docOutputNotPdf: (p: { file: string }) => `--output ${p.file}: with --member give a file ending in .pdf or a folder.`,
  docOutputIsFile: (p: { file: string }) => `--output ${p.file} is a file: for every certificate give a folder, or a file ending in .pdf for the merged file only.`,
  docBadHours: (p: { value: string }) => `Invalid --hours "${p.value}": give the length in hours, such as 7 or 3.5.`,
  docBadBlankRows: (p: { value: string }) => `Invalid --blank-rows "${p.value}": give a whole number from 0 to 100.`,
  docNoConnections: (p: { id: string }) =>
    `--with-connections: no connection minutes are recorded for ${p.id}.\nImport the webconference report first: caprural attendance ${p.id} --import REPORT.csv`,
  docNotWebconference: (p: { id: string }) => `--with-connections is for a webconference; ${p.id} is held in person.`,
};

export const documentsFr: typeof documentsEn = {
  docWritten: (p) => `${p.file} écrit (${nb(p.pages, 'page')}).`,
  docCertificatesWritten: (p) => `${nb(p.count, 'certificat')} ${accord(p.count, 'écrit', 'écrits')} dans ${p.dir} ; tous réunis dans un fichier à imprimer : ${p.merged}`,
  docCertificatesSkipped: (p) =>
    `Pas de certificat pour ${nb(p.count, 'personne inscrite', 'personnes inscrites')} non ${accord(p.count, 'enregistrée présente ou effacée', 'enregistrées présentes ou effacées')} : ${p.names}.`,
  docNoDates: (p) => `La session ${p.id} n'a pas encore de date : ses demi-journées restent en blanc sur la feuille, à compléter à la main.`,
  docProviderBlank: (p) => `Non renseigné, laissé en blanc à compléter : ${p.keys} (à saisir avec 'caprural config set').`,
  docNoAttendee: (p) => `Personne n'est enregistré présent à ${p.id} : aucun certificat à délivrer.\nEnregistrez d'abord les présences : caprural attendance ${p.id}.`,
  docErasedAttendee: (p) =>
    `Pas de certificat pour ${p.memberId} à ${p.id} : cette personne a été enregistrée présente, mais son identité a été effacée (caprural member forget).\nUn certificat nomme la personne ; la trace d'une personne effacée ne nomme plus personne.`,
  docOnlyErasedAttendees: (p) =>
    `Aucun certificat à délivrer pour ${p.id} : ${p.count === 1 ? 'la seule personne enregistrée présente a été effacée' : `les ${p.count} personnes enregistrées présentes ont été effacées`} (caprural member forget).\nLes présences sont bien enregistrées ; un certificat nomme la personne, et la trace d'une personne effacée ne nomme plus personne.`,
  docNotPresent: (p) => `Pas de certificat pour ${p.name} à ${p.id} : ${whyFr[p.why] ?? p.why}.\nUn certificat de réalisation n'est délivré qu'à une personne enregistrée présente.`,
  docOutputNotPdf: (p) => `--output ${p.file} : avec --member, indiquez un fichier se terminant par .pdf ou un dossier.`,
  docOutputIsFile: (p) => `--output ${p.file} est un fichier : pour tous les certificats, indiquez un dossier, ou un fichier .pdf pour le seul fichier réuni.`,
  docBadHours: (p) => `--hours invalide « ${p.value} » : indiquez la durée en heures, par exemple 7 ou 3,5.`,
  docBadBlankRows: (p) => `--blank-rows invalide « ${p.value} » : indiquez un nombre entier de 0 à 100.`,
  docNoConnections: (p) =>
    `--with-connections : aucune durée de connexion n'est enregistrée pour ${p.id}.\nImportez d'abord le rapport de la webconférence : caprural attendance ${p.id} --import RAPPORT.csv`,
  docNotWebconference: (p) => `--with-connections concerne une webconférence ; ${p.id} a lieu en présentiel.`,
};

/** The words printed on the documents. */
export interface DocumentWords {
  /** Between a label and its value: " : " in French typography, ": " in English. */
  colon: string;
  sheetTitle: string;
  action: string;
  session: string;
  dates: string;
  place: string;
  webconference: string;
  provider: string;
  siret: string;
  nda: string;
  trainers: string;
  trainees: string;
  number: string;
  lastName: string;
  firstName: string;
  organisation: string;
  role: string;
  connection: [string, string];
  am: string;
  pm: string;
  noDate: string;
  hoursUnknown: string;
  sheetRule: string;
  sheetWebconference: string;
  printedOn: string;
  page: (n: number, of: number) => string;
  /** A part of the sheet of a long session: its days. */
  part: (n: number, of: number, from: string, to: string) => string;
  /** Several days with the same hours. */
  daysRange: (from: string, to: string, hours: string) => string;
  // The certificate of completion (ministry model of June 2020).
  certTitle: string;
  certIntro: (signatory: string, provider: string) => string;
  certAttests: string;
  certTrainee: string;
  certEmployer: string;
  certFollowed: string;
  certNature: string;
  certNatures: [string, string, string, string];
  /** `to` null: a one-day session ("le 15/02/2018"). */
  certPeriod: (from: string, to: string | null, hours: string) => string;
  certKeep: string;
  certDoneAt: (place: string, on: string) => string;
  certStamp: string;
  certReference: (registration: string, session: string) => string;
  address: string;
  hours: (h: string) => string;
}

const BLANK = '________________';

export const documentWords: Record<'fr' | 'en', DocumentWords> = {
  fr: {
    colon: ' : ',
    sheetTitle: "Feuille d'émargement",
    action: 'Action de formation',
    session: 'Session',
    dates: 'Dates et horaires',
    place: 'Lieu',
    webconference: 'webconférence',
    provider: 'Organisme de formation',
    siret: 'SIRET',
    nda: "N° de déclaration d'activité",
    trainers: 'Intervenant·es',
    trainees: 'Stagiaires',
    number: 'N°',
    lastName: 'Nom',
    firstName: 'Prénom',
    organisation: 'Structure',
    role: 'Qualité',
    connection: ['Connexion', '(minutes)'],
    am: 'matin',
    pm: 'après-midi',
    noDate: 'date à compléter',
    hoursUnknown: 'horaires à compléter',
    sheetRule: 'Une signature par stagiaire et par demi-journée, apposée pendant la demi-journée ; les intervenant·es signent chaque demi-journée. Lignes vides : personnes présentes non inscrites.',
    sheetWebconference: "Webconférence : le rapport de connexion de l'outil est joint à cette feuille comme preuve de présence.",
    printedOn: 'éditée le',
    page: (n, of) => `page ${n} / ${of}`,
    part: (n, of, from, to) => `Feuille ${n} / ${of} : ${from === to ? `le ${from}` : `du ${from} au ${to}`}`,
    daysRange: (from, to, hours) => `du ${from} au ${to}, ${hours} chaque jour`,
    certTitle: 'Certificat de réalisation',
    certIntro: (signatory, provider) => `Je soussigné·e ${signatory}, représentant·e légal·e du dispensateur de l'action concourant au développement des compétences ${provider},`,
    certAttests: 'atteste que :',
    certTrainee: 'Nom et prénom du bénéficiaire',
    certEmployer: "salarié·e de l'entreprise / structure",
    certFollowed: "a suivi l'action",
    certNature: "Nature de l'action concourant au développement des compétences :",
    certNatures: ['action de formation', 'bilan de compétences', 'action de VAE', 'action de formation par apprentissage'],
    certPeriod: (from, to, hours) => (to === null ? `qui s'est déroulée le ${from} pour une durée de ${hours} heures.` : `qui s'est déroulée du ${from} au ${to} pour une durée de ${hours} heures.`),
    certKeep:
      "Sans préjudice des délais imposés par les règles fixées en matière de contrôle des actions concourant au développement des compétences, le dispensateur de l'action s'engage à conserver l'ensemble des pièces justificatives qui ont permis d'établir le présent certificat pendant une durée de 3 ans à compter de la fin de l'année du dernier paiement. En cas de cofinancement des fonds européens, la durée de conservation est étendue conformément aux obligations conventionnelles spécifiques.",
    certDoneAt: (place, on) => `Fait à ${place}, le ${on}`,
    certStamp: "Cachet et signature du responsable du dispensateur de l'action",
    certReference: (registration, session) => `Référence : inscription ${registration}, session ${session}`,
    address: 'Adresse',
    hours: (h) => `${h} h`,
  },
  en: {
    colon: ': ',
    sheetTitle: 'Attendance sheet',
    action: 'Training action',
    session: 'Session',
    dates: 'Dates and times',
    place: 'Place',
    webconference: 'webconference',
    provider: 'Training provider',
    siret: 'SIRET',
    nda: 'Activity declaration number',
    trainers: 'Trainers',
    trainees: 'Trainees',
    number: 'No.',
    lastName: 'Last name',
    firstName: 'First name',
    organisation: 'Organisation',
    role: 'Role',
    connection: ['Connection', '(minutes)'],
    am: 'morning',
    pm: 'afternoon',
    noDate: 'date to fill in',
    hoursUnknown: 'times to fill in',
    sheetRule: 'One signature per trainee and per half-day, made during that half-day; trainers sign every half-day. Empty rows: people present but not registered.',
    sheetWebconference: "Webconference: the tool's connection report is attached to this sheet as evidence of attendance.",
    printedOn: 'printed on',
    page: (n, of) => `page ${n} / ${of}`,
    part: (n, of, from, to) => `Sheet ${n} of ${of}: ${from === to ? from : `${from} to ${to}`}`,
    daysRange: (from, to, hours) => `from ${from} to ${to}, ${hours} each day`,
    certTitle: 'Certificate of completion',
    certIntro: (signatory, provider) => `I, the undersigned ${signatory}, legal representative of the provider of the skills development action ${provider},`,
    certAttests: 'certify that:',
    certTrainee: 'Name of the trainee',
    certEmployer: 'employed by the company / organisation',
    certFollowed: 'attended the action',
    certNature: 'Nature of the skills development action:',
    certNatures: ['training action', 'skills assessment', 'validation of prior learning (VAE)', 'apprenticeship training'],
    certPeriod: (from, to, hours) => (to === null ? `which took place on ${from}, lasting ${hours} hours.` : `which took place from ${from} to ${to}, lasting ${hours} hours.`),
    certKeep:
      'Without prejudice to the time limits set by the rules on the control of skills development actions, the provider undertakes to keep all the supporting documents on which this certificate is based for 3 years from the end of the year of the last payment. Where European funds co-finance the action, this period is extended in line with the specific contractual obligations.',
    certDoneAt: (place, on) => `Done at ${place}, on ${on}`,
    certStamp: "Stamp and signature of the provider's manager",
    certReference: (registration, session) => `Reference: registration ${registration}, session ${session}`,
    address: 'Address',
    hours: (h) => `${h} h`,
  },
};

/** What a field not set looks like on paper: a line to write on. */
export const blank = (length = 16) => BLANK.slice(0, length).padEnd(length, '_');
