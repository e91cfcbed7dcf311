import { escapeForDisplay } from '../escapeForDisplay';
// What the imports share about CSV and spreadsheet rows, apart from reading files (src/csv/): the
// one declaration of the header synonyms of every import (people, registrations, attendance
// reports), the one mapping of a header to columns (mapHeader), and how a bad value is shown.

/** A data row with the line of the file it starts on (the header is line 1). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** A header as compared: no BOM, lower case, no accents, words joined by `_` ("Reçue le" -> "recue_le"). */
export function headerKey(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}

/**
 * The headers that name a person's columns in the files organisers import: caprural's own keys,
 * its French export headers, and what spreadsheets, CRMs and webconference tools write, in
 * English and French. Compared with headerKey (case, accents and punctuation do not matter).
 */
export const PERSON_COLUMNS = {
  member_id: ['member_id', 'identifiant'],
  email: [
    'email',
    'e-mail',
    'mail',
    'courriel',
    'user email',
    'email address',
    'e-mail address',
    'adresse e-mail',
    'adresse email',
    'adresse mail',
    'adresse électronique',
    'adresse de messagerie',
    'mél',
    'participant email',
    'attendee email',
  ],
  first_name: ['first_name', 'firstname', 'first', 'first name', 'given name', 'given_name', 'prénom', 'prenom'],
  last_name: ['last_name', 'lastname', 'last', 'last name', 'surname', 'family name', 'family_name', 'nom', 'nom de famille'],
  phone: ['phone', 'téléphone', 'telephone', 'tel', 'tél', 'tél.', 'portable', 'mobile', 'phone number', 'numéro de téléphone'],
  organisation_id: ['organisation_id', 'identifiant structure'],
  organisation: ['organisation', 'organization', 'org', 'structure', 'organisme', 'company', 'société', 'employeur'],
  roles: ['roles', 'role', 'rôles', 'rôle'],
} as const satisfies Record<string, readonly string[]>;

/**
 * The columns of a members file (`member import`): the people columns, and the cotisation years
 * that `export members` writes, recognised so that re-importing an export reads every column it has
 * (they are not imported: cotisations are recorded with `membership pay`).
 */
export const MEMBER_COLUMNS = {
  ...PERSON_COLUMNS,
  cotisation_years: ['cotisation_years', 'années de cotisation'],
} as const satisfies Record<string, readonly string[]>;

/** The columns of a registrations file (`register --import`): the session, when the request was received, and the person. */
export const REGISTRATION_COLUMNS = {
  session: ['session', 'session_id', 'session id', 'identifiant session', 'formation'],
  email: PERSON_COLUMNS.email,
  received_at: [
    'received_at',
    'received',
    'received_on',
    'receivedat',
    'recu_le',
    'reçue le',
    'reçu le',
    'reception',
    'réception',
    'date de réception',
    'date de reception',
    "date d'inscription",
    'inscrit le',
    'registered at',
    'registration date',
    'registration time',
  ],
  first_name: PERSON_COLUMNS.first_name,
  last_name: PERSON_COLUMNS.last_name,
  organisation: PERSON_COLUMNS.organisation,
  roles: PERSON_COLUMNS.roles,
} as const satisfies Record<string, readonly string[]>;

/**
 * The columns of a webconference attendance report (and of caprural's own attendance CSV), by
 * their headers in the tools' exports (Zoom, Teams, Meet, BigBlueButton, Webex, GoTo, Livestorm),
 * English and French; the people columns add a few tool-specific names to PERSON_COLUMNS.
 */
export const ATTENDANCE_REPORT_COLUMNS = {
  name: [
    'name',
    'name (original name)',
    'user name (original name)',
    "nom (nom d'origine)",
    'nom (nom original)',
    "nom d'utilisateur (nom d'origine)",
    'user name',
    'participant',
    'participant name',
    'full name',
    'fullname',
    'display name',
    'attendee name',
    'attendee',
    'nom complet',
    "nom d'affichage",
    'nom et prénom',
    'prénom nom',
    'nom prénom',
    'participant(e)',
    'participant·e',
    'utilisateur',
    'user',
  ],
  email: [...PERSON_COLUMNS.email, 'emailofattendee', 'participantid', "e-mail de l'utilisateur", "adresse e-mail de l'utilisateur"],
  upn: ['participant id (upn)', 'id de participant (upn)', 'upn', 'user principal name'],
  first_name: [...PERSON_COLUMNS.first_name, 'firstnameofattendee'],
  last_name: [...PERSON_COLUMNS.last_name, 'lastnameofattendee'],
  duration: [
    'duration',
    'duration (minutes)',
    'duration(minutes)',
    'duration (mins)',
    'duration (min)',
    'duration (seconds)',
    'in-meeting duration',
    'time in session',
    'time in session (minutes)',
    'attendance duration',
    'attendance duration (seconds)',
    'attendance_duration',
    'attendance time',
    'total duration',
    'durée dans la réunion',
    'time attended',
    'attendeetotaltimeinsession',
    'durée',
    'durée (minutes)',
    'durée (min)',
    'durée de connexion',
    'durée de présence',
    'temps de connexion',
    'temps de présence',
    'temps passé',
    'minutes',
    'connection minutes',
    'minutes de connexion',
  ],
  join: [
    'join time',
    'first join',
    'first join time',
    'time joined',
    'joined',
    'join',
    'joined at',
    'join date',
    'attendeefirstjointime',
    'rejoindre',
    'rejoint',
    'arrivée',
    'première arrivée',
    "heure d'arrivée",
    'connexion',
    'heure de connexion',
    'entrée',
    "heure d'entrée",
    'première connexion',
  ],
  leave: [
    'leave time',
    'last leave',
    'last leave time',
    'time exited',
    'left',
    'leave',
    'left at',
    'exit time',
    'attendeelastleavetime',
    'quitté',
    'quitter',
    'départ',
    'dernier départ',
    'heure de départ',
    'déconnexion',
    'heure de déconnexion',
    'sortie',
    'heure de sortie',
    'dernière déconnexion',
  ],
  attended: ['attended', 'attended live', 'a participé', 'présent', 'présente', 'présence', 'participated'],
  role: ['role', 'rôle', 'participant role', 'user role', 'attendeerole', 'attendee type', 'type de participant'],
  moderator: ['moderator', 'modérateur', 'modératrice', 'is moderator', 'is_team_member'],
  speaker: ['is_guest_speaker', 'guest speaker', 'panelist', 'panéliste'],
  guest: ['guest', 'is guest', 'invité', 'invitée', 'invité(e)', 'external', 'externe'],
  action: ['user action', 'action'],
  timestamp: ['timestamp', 'utceventtimestamp', 'utc event timestamp', 'horodatage', 'date et heure'],
} as const;

/**
 * Where each column is in a header: the first header cell whose key is one of the column's
 * synonyms. A header cell names one column at most (the first listed in `synonyms`).
 */
export function mapHeader<C extends string>(header: readonly string[], synonyms: Readonly<Record<C, readonly string[]>>): Partial<Record<C, number>> {
  const keys = Object.entries(synonyms).map(([column, names]) => [column as C, new Set((names as readonly string[]).map(headerKey))] as const);
  const map: Partial<Record<C, number>> = {};
  header.forEach((name, i) => {
    const key = headerKey(name);
    const hit = keys.find(([column, set]) => map[column] === undefined && set.has(key));
    if (hit) map[hit[0]] = i;
  });
  return map;
}

/** How many characters of a value from a file an error shows. */
export const SHOWN_VALUE_LENGTH = 80;

/**
 * A value read from a file, as an error or a report shows it: cut at 80 characters ("…"), then
 * escaped like everything shown (control and bidi characters made visible: `\n`, `\e`, `\u202E`),
 * so that nothing in a file can move the cursor or recolour a terminal.
 */
export function shownValue(value: string): string {
  const chars = [...value];
  const cut = chars.length > SHOWN_VALUE_LENGTH ? `${chars.slice(0, SHOWN_VALUE_LENGTH).join('')}…` : value;
  return escapeForDisplay(cut);
}
