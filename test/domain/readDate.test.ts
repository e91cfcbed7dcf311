import { describe, expect, it } from 'vitest';
import { parseDay } from '../../src/domain/dates';
import { parseInstant } from '../../src/domain/parseInstant';
import { readDate } from '../../src/domain/readDate';
import { CapruralError } from '../../src/errors';
import { translator } from '../../src/i18n/translate';

const PARIS = 'Europe/Paris';
const at = (text: string, zone = PARIS) => parseInstant(text, zone, '--received-at').toISOString();

describe('the one date reader', () => {
  it.each([
    ['07/02/2018 23:59:30', '2018-02-07T22:59:30.000Z'],
    ['07/02/2018 23:59', '2018-02-07T22:59:00.000Z'],
    ['7/2/2018 9:05', '2018-02-07T08:05:00.000Z'],
    ['07/02/2018', '2018-02-06T23:00:00.000Z'],
    ['07/02/18', '2018-02-06T23:00:00.000Z'],
    ['07/02/18 14h30', '2018-02-07T13:30:00.000Z'],
    ['07/02/2018 14h30', '2018-02-07T13:30:00.000Z'],
    ['07/02/2018 14h', '2018-02-07T13:00:00.000Z'],
    ['07.02.2018 14:30', '2018-02-07T13:30:00.000Z'],
    ['2018-02-05 10:00:00', '2018-02-05T09:00:00.000Z'],
    ['2018-02-05T10:00', '2018-02-05T09:00:00.000Z'],
    ['2018-02-05T10:00:00', '2018-02-05T09:00:00.000Z'],
    ['2018-02-05', '2018-02-04T23:00:00.000Z'],
    ['2018-02-07T23:59:00+01:00', '2018-02-07T22:59:00.000Z'],
    ['2018-02-07T22:59Z', '2018-02-07T22:59:00.000Z'],
    ['2018-02-07T22:59:00.250z', '2018-02-07T22:59:00.250Z'],
    ['7 février 2018', '2018-02-06T23:00:00.000Z'],
    ['7 fevrier 2018', '2018-02-06T23:00:00.000Z'],
    ['1er février 2018 à 14h30', '2018-02-01T13:30:00.000Z'],
    ['mercredi 7 février 2018 14:30', '2018-02-07T13:30:00.000Z'],
    ['7 févr. 2018', '2018-02-06T23:00:00.000Z'],
    ['7 February 2018', '2018-02-06T23:00:00.000Z'],
    ['7 Feb 2018 at 14:30', '2018-02-07T13:30:00.000Z'],
    ['February 7, 2018', '2018-02-06T23:00:00.000Z'],
    ['17 juin 2019 09:00', '2019-06-17T07:00:00.000Z'],
    ['15 août 2018', '2018-08-14T22:00:00.000Z'],
    ['31 décembre 2018 23:59:59', '2018-12-31T22:59:59.000Z'],
  ])('"%s" is %s in Paris', (text, iso) => {
    expect(at(text)).toBe(iso);
  });

  it('reads local times in the zone given, whatever the machine runs in', () => {
    expect(at('07/02/2018 23:59', 'America/New_York')).toBe('2018-02-08T04:59:00.000Z');
    expect(at('07/02/2018 23:59', 'UTC')).toBe('2018-02-07T23:59:00.000Z');
  });

  it('refuses a clock time skipped by summer time; takes the first of a time shown twice', () => {
    expect(() => at('25/03/2018 02:30')).toThrow(expect.objectContaining({ key: 'nonexistentTime' }));
    expect(at('28/10/2018 02:30')).toBe('2018-10-28T00:30:00.000Z');
    expect(at('28/10/2018 03:30')).toBe('2018-10-28T02:30:00.000Z');
  });

  it.each(['31/02/2018', '29/02/2019', '07/02/2018 24:00', '07/02/2018 14h75', '7 brumaire 2018', '2018-02-07+01:00', 'tomorrow', '', '07/02', '14h30'])('refuses "%s"', (text) => {
    expect(readDate(text)).toBeNull();
    expect(() => at(text)).toThrow(CapruralError);
  });

  it('a refusal lists the accepted forms, in both languages', () => {
    let error: CapruralError | undefined;
    try {
      at('7 brumaire 2018');
    } catch (e) {
      error = e as CapruralError;
    }
    expect(error!.exitCode).toBe(2);
    const en = translator('en')(error!.key, error!.params as never).split('\n')[0]!;
    expect(en).toContain('Cannot read "7 brumaire 2018" as a date for --received-at. Accepted: 07/02/2018, 07/02/18');
    expect(en).toContain('7 février 2018');
    expect(en).toContain('14h30');
    expect(translator('fr')(error!.key, error!.params as never)).toContain('Formes acceptées : 07/02/2018, 07/02/18');
  });

  it('a day (--on) takes the same date forms, without a time', () => {
    expect(parseDay('15/01/2018', '--on')).toBe('2018-01-15');
    expect(parseDay('15/01/18', '--on')).toBe('2018-01-15');
    expect(parseDay('15 janvier 2018', '--on')).toBe('2018-01-15');
    expect(parseDay('January 15, 2018', '--on')).toBe('2018-01-15');
    expect(() => parseDay('15/01/2018 10:00', '--on')).toThrow(expect.objectContaining({ key: 'invalidDay' }));
    expect(() => parseDay('30/02/2018', '--on')).toThrow(expect.objectContaining({ key: 'dayDoesNotExist' }));
  });
});
