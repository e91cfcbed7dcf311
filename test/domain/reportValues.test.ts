import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDuration, parseReportTime, parseYesNo } from '../../src/domain/reportValues';

describe('durations as the tools write them', () => {
  it.each([
    ['122', 'minutes', 122 * 60],
    ['6,5', 'minutes', 390],
    ['7265', 'seconds', 7265],
    ['1h 3m 45s', 'minutes', 3825],
    ['12m 7s', 'minutes', 727],
    ['2 hr 11 min', 'minutes', 7860],
    ['58 min', 'minutes', 3480],
    ['1 hr 2 min', 'minutes', 3720],
    ['02:11:22', 'minutes', 7882],
    ['1:03', 'minutes', 3780],
    ['1 hour 3 minutes', 'minutes', 3780],
    ['45 minutes and 3 seconds', 'minutes', 2703],
    ['1h03', 'minutes', 3780],
    ['1 h 03 min', 'minutes', 3780],
    ['2 heures 11 minutes', 'minutes', 7860],
    ['1 jour', 'minutes', 86400],
  ] as const)('%s (%s) = %i s', (text, unit, seconds) => {
    expect(parseDuration(text, unit)).toBe(seconds);
  });
  it.each(['', '--', '-', '—'])('"%s" is no value', (text) => expect(parseDuration(text)).toBeNull());
  it.each(['abc', '1 parsec', '12 min ago', '-5', '1h 3x'])('"%s" is not a duration', (text) => expect(parseDuration(text)).toBeUndefined());
});

describe('join and leave times as the tools write them', () => {
  const at = (y: number, mo: number, d: number, h: number, mi: number, s = 0) => ({ ms: Date.UTC(y, mo - 1, d, h, mi, s), timeOnly: false });
  it.each([
    ['02/15/2018 09:51:40 AM', 'mdy', at(2018, 2, 15, 9, 51, 40)],
    ['02/15/2018 12:03:02 PM', 'mdy', at(2018, 2, 15, 12, 3, 2)],
    ['02/15/2018 12:03:02 AM', 'mdy', at(2018, 2, 15, 0, 3, 2)],
    ['2/15/18, 9:51:40 AM', 'mdy', at(2018, 2, 15, 9, 51, 40)],
    ['15/02/2018 09:51:40', 'dmy', at(2018, 2, 15, 9, 51, 40)],
    ['03/02/2018 09:51:40', 'dmy', at(2018, 2, 3, 9, 51, 40)],
    ['03/02/2018 09:51:40', 'mdy', at(2018, 3, 2, 9, 51, 40)],
    ['15/02/2018 09:51:40', 'mdy', at(2018, 2, 15, 9, 51, 40)],
    ['2018-02-15T09:51:40Z', 'dmy', at(2018, 2, 15, 9, 51, 40)],
    ['2018-02-15 10:51:40+01:00', 'dmy', at(2018, 2, 15, 9, 51, 40)],
    ['Feb 15, 2018 09:51 AM CET', 'mdy', at(2018, 2, 15, 9, 51)],
    ['15 févr. 2018 09:51', 'dmy', at(2018, 2, 15, 9, 51)],
  ] as const)('%s (%s)', (text, order, expected) => {
    expect(parseReportTime(text, order)).toEqual(expected);
  });
  it('a time alone is a time of day', () => {
    expect(parseReportTime('9:51 AM', 'mdy')).toEqual({ ms: (9 * 3600 + 51 * 60) * 1000, timeOnly: true });
    expect(parseReportTime('12:03 PM', 'mdy')).toEqual({ ms: (12 * 3600 + 3 * 60) * 1000, timeOnly: true });
    expect(parseReportTime('10:05', 'dmy')).toEqual({ ms: (10 * 3600 + 5 * 60) * 1000, timeOnly: true });
  });
  it.each(['', '--'])('"%s" is no value', (text) => expect(parseReportTime(text, 'mdy')).toBeNull());
  it.each(['soon', '13:00 PM', '02/30/2018 25:00', '99/99/2018 10:00'])('"%s" is not a time', (text) => expect(parseReportTime(text, 'mdy')).toBeUndefined());
});

describe('yes and no', () => {
  it.each([
    ['Yes', true],
    ['No', false],
    ['true', true],
    ['FALSE', false],
    ['Oui', true],
    ['non', false],
    ['', null],
    ['maybe', undefined],
  ] as const)('%s', (text, value) => {
    expect(parseYesNo(text)).toBe(value);
  });
});

describe('durations: every way of writing h/m/s reads back the same seconds (property)', () => {
  it('1h 3m 45s, 1 hr 3 min 45 sec, 1 hour 3 minutes 45 seconds, 01:03:45, 1 h 3 min 45 s', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), (h, m, s) => {
        const seconds = h * 3600 + m * 60 + s;
        const pad = (n: number) => String(n).padStart(2, '0');
        const forms = [
          `${h}h ${m}m ${s}s`,
          `${h} hr ${m} min ${s} sec`,
          `${h} hour ${m} minutes ${s} seconds`,
          `${pad(h)}:${pad(m)}:${pad(s)}`,
          `${h} h ${m} min ${s} s`,
          `${h} heures ${m} minutes ${s} secondes`,
        ];
        for (const form of forms) expect(parseDuration(form), form).toBe(seconds);
      }),
    );
  });
});
