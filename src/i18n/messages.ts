// Every sentence caprural says to a person, in English and French, one table per area of the
// product. Each French table is type-checked against its English one, so no key can be missing.
import { askingEn, askingFr } from './asking';
import { attendanceEn, attendanceFr } from './attendance';
import { completionEn, completionFr } from './completion';
import { configEn, configFr } from './config';
import { coreEn, coreFr } from './core';
import { datesEn, datesFr } from './dates';
import { documentsEn, documentsFr } from './documents';
import { eligibilityEn, eligibilityFr } from './eligibility';
import { exportsEn, exportsFr } from './exports';
import { identityEn, identityFr } from './identity';
import { importsEn, importsFr } from './imports';
import { integrityEn, integrityFr } from './integrity';
import { logFileEn, logFileFr } from './logFile';
import { mailEn, mailFr } from './mail';
import { registerEn, registerFr } from './register';
import { reportEn, reportFr } from './report';
import { resilienceEn, resilienceFr } from './resilience';
import { rulesEn, rulesFr } from './rules';
import { spreadsheetsEn, spreadsheetsFr } from './spreadsheets';
import { storeEn, storeFr } from './store';
import { storeLocationEn, storeLocationFr } from './storeLocation';
import { terminalEn, terminalFr } from './terminal';
import { typographyEn, typographyFr } from './typography';
import { wordsEn, wordsFr } from './words';

/** One object type with the keys of every table (an intersection of object types, flattened). */
type Merged<T extends readonly object[]> = Flat<(T[number] extends infer U ? (U extends unknown ? (x: U) => void : never) : never) extends (x: infer I) => void ? I : never>;
type Flat<T> = { [K in keyof T]: T[K] };

/**
 * The areas' tables in one object, by assignment: an object spread of their ~650 keys made V8
 * build a hidden class for each key, 1 ms of every start for the two languages.
 */
function merged<T extends readonly object[]>(...tables: T): Merged<T> {
  return Object.assign({}, ...tables) as Merged<T>;
}

export const en = /* @__PURE__ */ merged(
  coreEn,
  datesEn,
  exportsEn,
  registerEn,
  attendanceEn,
  eligibilityEn,
  resilienceEn,
  configEn,
  storeEn,
  storeLocationEn,
  completionEn,
  rulesEn,
  mailEn,
  logFileEn,
  documentsEn,
  importsEn,
  reportEn,
  identityEn,
  spreadsheetsEn,
  terminalEn,
  typographyEn,
  wordsEn,
  askingEn,
  integrityEn,
);
export const fr: Messages = /* @__PURE__ */ merged(
  coreFr,
  datesFr,
  exportsFr,
  registerFr,
  attendanceFr,
  eligibilityFr,
  resilienceFr,
  configFr,
  storeFr,
  storeLocationFr,
  completionFr,
  rulesFr,
  mailFr,
  logFileFr,
  documentsFr,
  importsFr,
  reportFr,
  identityFr,
  spreadsheetsFr,
  terminalFr,
  typographyFr,
  wordsFr,
  askingFr,
  integrityFr,
);

export type Messages = typeof en;

export type MessageKey = keyof Messages;
export type MessageParams<K extends MessageKey> = Parameters<Messages[K]>[0];
