import { describe, expect, it } from 'vitest';
import { parseDay } from '../../src/domain/dates';
import { parseInstant } from '../../src/domain/parseInstant';
import { dateFault } from '../../src/domain/readDate';
import { CapruralError } from '../../src/errors';
import { translator } from '../../src/i18n/translate';

/** The message a parser throws, in a language. */
function said(parse: () => unknown, lang: 'fr' | 'en'): string {
  try {
    parse();
  } catch (error) {
    if (error instanceof CapruralError) return translator(lang)(error.key, error.params as never);
    throw error;
  }
  throw new Error('no error');
}

describe('a date written in an accepted form that does not exist is said so, not answered with the accepted forms', () => {
  it.each([
    ['31/02/2027', { kind: 'day', year: 2027, month: 2, day: 31, daysInMonth: 28 }],
    ['29/02/2027', { kind: 'day', year: 2027, month: 2, day: 29, daysInMonth: 28 }],
    ['2027-04-31', { kind: 'day', year: 2027, month: 4, day: 31, daysInMonth: 30 }],
    ['31 février 2027', { kind: 'day', year: 2027, month: 2, day: 31, daysInMonth: 28 }],
    ['07/02/2027 24:00', { kind: 'time' }],
    ['07/02/2027 14h75', { kind: 'time' }],
  ])('%s', (text, fault) => expect(dateFault(text)).toEqual(fault));

  it('is null for a date that exists and for text of no accepted form', () => {
    expect(dateFault('29/02/2028')).toBeNull();
    expect(dateFault('demain')).toBeNull();
  });

  it('--on and --received-at say which day does not exist, in French and English', () => {
    expect(said(() => parseDay('31/02/2027', '--on'), 'fr')).toBe(
      "« 31/02/2027 » pour --on : le 31 février 2027 n'existe pas (février 2027 a 28 jours).\nVérifiez le jour et le mois (le jour d'abord : 07/02/2018 est le 7 février).",
    );
    expect(said(() => parseDay('31/02/2027', '--on'), 'en')).toMatch(/^"31\/02\/2027" for --on: 31 February 2027 does not exist \(February 2027 has 28 days\)\./);
    expect(said(() => parseInstant('30/02/2018 10:00', 'Europe/Paris', '--received-at'), 'fr')).toMatch(/le 30 février 2018 n'existe pas/);
    expect(said(() => parseInstant('14/13/2018', 'Europe/Paris', '--starts'), 'fr')).toMatch(/il n'y a pas de mois 13/);
    expect(said(() => parseInstant('07/02/2018 24:00', 'Europe/Paris', '--starts'), 'en')).toMatch(/that time does not exist/);
    // Any other text still gets the accepted forms.
    expect(said(() => parseDay('demain', '--on'), 'fr')).toMatch(/Formes acceptées/);
  });
});
