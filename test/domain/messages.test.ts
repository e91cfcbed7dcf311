import { describe, expect, it } from 'vitest';
import { coreEn } from '../../src/i18n/core';
import { exportsEn } from '../../src/i18n/exports';
import { en, fr } from '../../src/i18n/messages';
import { registerEn } from '../../src/i18n/register';
import { attendanceEn } from '../../src/i18n/attendance';
import { eligibilityEn } from '../../src/i18n/eligibility';
import { resilienceEn } from '../../src/i18n/resilience';
import { importsEn } from '../../src/i18n/imports';
import { configEn } from '../../src/i18n/config';
import { documentsEn } from '../../src/i18n/documents';
import { storeEn } from '../../src/i18n/store';
import { storeLocationEn } from '../../src/i18n/storeLocation';
import { completionEn } from '../../src/i18n/completion';
import { rulesEn } from '../../src/i18n/rules';
import { mailEn } from '../../src/i18n/mail';
import { reportEn } from '../../src/i18n/report';
import { identityEn } from '../../src/i18n/identity';
import { terminalEn } from '../../src/i18n/terminal';
import { spreadsheetsEn } from '../../src/i18n/spreadsheets';
import { typographyEn } from '../../src/i18n/typography';
import { wordsEn } from '../../src/i18n/words';
import { askingEn } from '../../src/i18n/asking';
import { logFileEn } from '../../src/i18n/logFile';
import { datesEn } from '../../src/i18n/dates';
import { integrityEn } from '../../src/i18n/integrity';

describe('message tables', () => {
  it('never define the same key twice (a later table would silently replace a sentence)', () => {
    const tables = [
      coreEn,
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
      documentsEn,
      importsEn,
      reportEn,
      identityEn,
      spreadsheetsEn,
      terminalEn,
      typographyEn,
      wordsEn,
      askingEn,
      logFileEn,
      datesEn,
      integrityEn,
    ];
    const all = tables.flatMap((t) => Object.keys(t));
    expect(all.length).toBe(new Set(all).size);
    expect(Object.keys(en).length).toBe(all.length);
  });

  it('have a French sentence for every English one', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });
});
