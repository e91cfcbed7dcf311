import { describe, expect, it } from 'vitest';
import { parseDay } from '../../src/domain/dates';
import { dayIn, formatInstant } from '../../src/time';
import { parseInstant } from '../../src/domain/parseInstant';
import { UsageError } from '../../src/errors';

const PARIS = 'Europe/Paris';

describe('parseInstant', () => {
  it.each([
    ['2018-02-07T23:59', '2018-02-07T22:59:00.000Z'],
    ['2018-02-07 23:59', '2018-02-07T22:59:00.000Z'],
    ['07/02/2018 23:59', '2018-02-07T22:59:00.000Z'],
    ['7/2/2018 23h59', '2018-02-07T22:59:00.000Z'],
    ['2018-02-08', '2018-02-07T23:00:00.000Z'],
    ['08/02/2018', '2018-02-07T23:00:00.000Z'],
    ['2018-02-07T23:59:00+01:00', '2018-02-07T22:59:00.000Z'],
    ['2018-02-07T22:59:00Z', '2018-02-07T22:59:00.000Z'],
    // summer time: Paris is UTC+2
    ['15/06/2018 10:00', '2018-06-15T08:00:00.000Z'],
  ])('reads %j in Paris time as %s', (input, iso) => {
    expect(parseInstant(input, PARIS, '--when').toISOString()).toBe(iso);
  });

  it('reads the same text in another zone differently', () => {
    expect(parseInstant('07/02/2018 23:59', 'America/New_York', '--when').toISOString()).toBe('2018-02-08T04:59:00.000Z');
  });

  it.each(['31/02/2018', '2018-02-30', '29/02/2019 10:00', '2018-13-01', 'tomorrow', '', '2018-02-07T25:00'])('refuses %j as a usage error', (input) => {
    expect(() => parseInstant(input, PARIS, '--when')).toThrow(UsageError);
  });
});

describe('parseDay', () => {
  it('reads both forms and checks the day exists', () => {
    expect(parseDay('07/02/2018', '--on')).toBe('2018-02-07');
    expect(parseDay('2018-02-07', '--on')).toBe('2018-02-07');
    expect(() => parseDay('31/02/2018', '--on')).toThrow(UsageError);
    expect(() => parseDay('29/02/2019', '--on')).toThrow(UsageError);
    expect(parseDay('29/02/2020', '--on')).toBe('2020-02-29');
  });
});

describe('formatInstant', () => {
  it('shows the session time in its zone, French and English forms', () => {
    expect(formatInstant('2018-02-15T09:00:00.000Z', PARIS, 'fr')).toBe('15/02/2018 10:00');
    expect(formatInstant('2018-02-15T09:00:00.000Z', PARIS, 'en')).toBe('2018-02-15 10:00');
    expect(formatInstant('2018-06-15T08:00:00.000Z', PARIS, 'fr')).toBe('15/06/2018 10:00');
    expect(formatInstant('2017-05-29T22:00:00.000Z', PARIS, 'fr', true)).toBe('30/05/2017');
  });

  it('gives the day in a zone', () => {
    expect(dayIn(new Date('2018-02-07T23:30:00.000Z'), PARIS)).toBe('2018-02-08');
    expect(dayIn(new Date('2018-02-07T23:30:00.000Z'), 'UTC')).toBe('2018-02-07');
  });
});

describe('parseInstant at the edges', () => {
  it('accepts a lower-case z', () => {
    expect(parseInstant('2018-02-07T22:59:00.000z', PARIS, '--when').toISOString()).toBe('2018-02-07T22:59:00.000Z');
  });
  it('refuses a clock time skipped when summer time starts, naming the zone', () => {
    expect(() => parseInstant('25/03/2018 02:30', PARIS, '--when')).toThrow(expect.objectContaining({ key: 'nonexistentTime' }));
    expect(parseInstant('25/03/2018 03:30', PARIS, '--when').toISOString()).toBe('2018-03-25T01:30:00.000Z');
  });
  it('says which forms a calendar day takes', () => {
    expect(() => parseDay('01/01/2021 10:00', '--on')).toThrow(expect.objectContaining({ key: 'invalidDay' }));
  });
});
