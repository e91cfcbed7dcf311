import { accord, count, nb } from './french';
// The sentences of `export` and `member import`.
import type { P } from './core';

// csv-parse's error codes (csv-parse 6/7, CsvError.code) and the system's (errno codes), in words.
const CSV_FAULTS_EN: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quote is opened and never closed',
  INVALID_OPENING_QUOTE: 'a quote inside a value that does not start with one',
  CSV_INVALID_CLOSING_QUOTE: 'text right after a closing quote',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'text right after a closing quote',
};
const CSV_FAULTS_FR: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'un guillemet est ouvert et jamais fermé',
  INVALID_OPENING_QUOTE: "un guillemet au milieu d'une valeur qui ne commence pas par un guillemet",
  CSV_INVALID_CLOSING_QUOTE: 'du texte juste après un guillemet fermant',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'du texte juste après un guillemet fermant',
};
const IO_FAULTS_EN: Record<string, string> = {
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'a part of its path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOSPC: 'the disk is full',
  EROFS: 'read-only file system',
};
/** `table[key]` when the table has that key (own, not inherited: a file's text may be "constructor"), else `fallback`. */
const inWords = (table: Record<string, string>, key: string, fallback: string): string => (Object.hasOwn(table, key) ? table[key]! : fallback);
const IO_FAULTS_FR: Record<string, string> = {
  ENOENT: "son dossier n'existe pas",
  ENOTDIR: "une partie du chemin n'est pas un dossier",
  EACCES: 'permission refusée',
  EPERM: 'permission refusée',
  EISDIR: "c'est un dossier",
  ENOSPC: 'le disque est plein',
  EROFS: 'système de fichiers en lecture seule',
};

export const exportsEn = {
  memberImportOrgsCreated: (p: { count: number; names: string }) => `${p.count === 1 ? 'Organisation created' : 'Organisations created'}: ${p.names}.`,
  memberImportMove: (p: { field: string; from: string; to: string; year: number | string }) => `${p.field} (${p.from} → ${p.to}${p.year ? `; ${p.year} cotisation no longer covered` : ''})`,
  exportEnglishHeaders: (_: P) => `Headers: the stable English keys scripts read (member_id, last_name…). For French headers: --excel, or --output FILE.xlsx.`,
  atLine: (p: { line: number }) => `line ${p.line}:`,
  atCell: (p: { line: number; column: string }) => `line ${p.line}, column "${p.column}":`,
  cellEmpty: (_: P) => `the cell is empty; fill it in.`,
  csvMalformed: (p: { file: string; line: number; reason: string; english?: string }) =>
    `${p.file} is not valid CSV (line ${p.line}: ${inWords(CSV_FAULTS_EN, p.reason, p.english ?? p.reason)}).\nFix the file (quotes must be closed) and try again.`,
  csvEmpty: (p: { file: string }) => `${p.file} is empty: it needs a header line and rows.`,
  csvMissingColumns: (p: { file: string; columns: string }) =>
    `${p.file} lacks ${p.columns.includes(',') ? 'the columns' : 'the column'} ${p.columns}.\nThe header line must name ${p.columns.includes(',') ? 'them' : 'it'} (English keys or the French headers of --excel).`,
  memberImportInvalid: (p: { file: string; count: number }) =>
    `${p.file}: ${count(p.count, 'row')} ${p.count === 1 ? 'is' : 'are'} invalid; nothing was imported.\nFix ${p.count === 1 ? 'it' : 'them'} and import the whole file again:`,
  fileUnreadable: (p: { file: string; reason: string }) => `Cannot read ${p.file} (${p.reason}).`,
  outputIsStore: (p: { file: string }) => `Refusing to write the export over the store or its backups (${p.file}).\nChoose another --output file.`,
  outputNotFile: (p: { file: string }) => `${p.file} is not a regular file (a folder, a pipe or a device): it cannot take an export.\nChoose another --output file.`,
  outputFailed: (p: { file: string; reason: string }) => `Could not write ${p.file} (${inWords(IO_FAULTS_EN, p.reason, p.reason)}); nothing was written.`,
  exportWritten: (p: { file: string; rows: number }) => `Wrote ${count(p.rows, 'row')} to ${p.file}`,
  invalidDelimiter: (p: { value: string }) => `Invalid --delimiter "${p.value}": give one character such as ; or , or a tab.`,
  exportKindUnknown: (p: { kind: string; kinds: string }) => `Unknown export "${p.kind}". Exports: ${p.kinds}.`,
  membersImported: (p: { rows: number; created: number; updated: number; unchanged: number; orgs: number }) =>
    `${count(p.rows, 'row')}: ${p.created} added, ${p.updated} updated, ${p.unchanged} unchanged; ${count(p.orgs, 'organisation')} created.`,
  dryRunNothingWritten: (_: P) => `Dry run: nothing was written.`,
  duplicateInFile: (p: { email: string; line: number }) => `The e-mail ${p.email} is already on line ${p.line} of this file.`,
  importColumnsNotRead: (p: { count: number; columns: string }) =>
    `${p.count === 1 ? 'Column' : 'Columns'} not read: ${p.columns}. caprural keeps last name, first name, e-mail, phone, organisation and roles (a Roles column: agent, coprog, coop-group, other).`,
};

/** Required columns of a people file by their French headers (those of `export --excel`). */
const HEADERS_FR: Readonly<Record<string, string>> = { first_name: 'Prénom', last_name: 'Nom', email: 'E-mail' };
const headersFr = (keys: string) =>
  keys
    .split(', ')
    .map((key) => `« ${HEADERS_FR[key] ?? key} »`)
    .join(', ');

export const exportsFr: typeof exportsEn = {
  memberImportOrgsCreated: (p) => `${p.count === 1 ? 'Structure créée' : 'Structures créées'} : ${p.names}.`,
  memberImportMove: (p) => `${p.field} (${p.from} → ${p.to}${p.year ? ` ; cotisation ${p.year} plus couverte` : ''})`,
  exportEnglishHeaders: () => `En-têtes : les clés anglaises stables que lisent les scripts (member_id, last_name…). Pour des en-têtes en français : --excel, ou --output FICHIER.xlsx.`,
  atLine: (p) => `ligne ${p.line} :`,
  atCell: (p) => `ligne ${p.line}, colonne « ${p.column} » :`,
  cellEmpty: () => `la cellule est vide ; remplissez-la.`,
  csvMalformed: (p) =>
    `${p.file} n'est pas un CSV valide (ligne ${p.line} : ${inWords(CSV_FAULTS_FR, p.reason, p.english ?? p.reason)}).\nCorrigez le fichier (les guillemets doivent être fermés) et réessayez.`,
  csvEmpty: (p) => `${p.file} est vide : il faut une ligne d'en-tête et des lignes.`,
  csvMissingColumns: (p) =>
    `Il manque à ${p.file} ${p.columns.includes(',') ? 'les colonnes' : 'la colonne'} ${headersFr(p.columns)}.\nLa ligne d'en-tête doit ${p.columns.includes(',') ? 'les' : 'la'} nommer (en-têtes français comme ceux de --excel, ou clés anglaises : ${p.columns}).`,
  memberImportInvalid: (p) =>
    `${p.file} : ${nb(p.count, 'ligne invalide', 'lignes invalides')} ; rien n'a été importé.\n${p.count === 1 ? 'Corrigez-la' : 'Corrigez-les'} et importez à nouveau tout le fichier :`,
  fileUnreadable: (p) => `Impossible de lire ${p.file} (${p.reason}).`,
  outputIsStore: (p) => `L'export ne peut pas remplacer le stockage ni ses sauvegardes (${p.file}).\nChoisissez un autre fichier --output.`,
  outputNotFile: (p) => `${p.file} n'est pas un fichier ordinaire (dossier, tube ou périphérique) : il ne peut pas recevoir un export.\nChoisissez un autre fichier --output.`,
  outputFailed: (p) => `Impossible d'écrire ${p.file} (${inWords(IO_FAULTS_FR, p.reason, p.reason)}) ; rien n'a été écrit.`,
  exportWritten: (p) => `${nb(p.rows, 'ligne écrite', 'lignes écrites')} dans ${p.file}`,
  invalidDelimiter: (p) => `--delimiter invalide « ${p.value} » : indiquez un caractère comme ; ou , ou une tabulation.`,
  exportKindUnknown: (p) => `Export inconnu « ${p.kind} ». Exports : ${p.kinds}.`,
  membersImported: (p) =>
    `${nb(p.rows, 'ligne')} : ${p.created} ${accord(p.created, 'ajoutée')}, ${p.updated} ${accord(p.updated, 'modifiée')}, ${p.unchanged} ${accord(p.unchanged, 'inchangée')} ; ${nb(p.orgs, 'structure créée', 'structures créées')}.`,
  dryRunNothingWritten: () => `Simulation : rien n'a été écrit.`,
  duplicateInFile: (p) => `L'adresse ${p.email} figure déjà ligne ${p.line} de ce fichier.`,
  importColumnsNotRead: (p) =>
    `${p.count === 1 ? 'Colonne non lue' : 'Colonnes non lues'} : ${p.columns}. caprural garde le nom, le prénom, l'e-mail, le téléphone, la structure et les rôles (colonne Rôles : agent, coprog, groupe-coop, autre).`,
};
