import { escapeForDisplay } from '../escapeForDisplay';
// What the imports share about CSV rows, apart from reading files (src/csv/readCsv.ts): the
// header synonyms of the people columns, the mapping of a header, and how a bad value is shown.

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
