// Any string to the parsers: they accept (and are then idempotent on their own output) or refuse
// with null / a UsageError, never anything else. Generators mix arbitrary Unicode with strings
// shaped like real input, so that both the refusal and the acceptance paths are exercised.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEmail, parsePhone } from '../../src/domain/contact';
import { parseDay } from '../../src/domain/dates';
import { parseInstant } from '../../src/domain/parseInstant';
import { parseName } from '../../src/domain/text';
import { UsageError } from '../../src/errors';

const RUNS = { numRuns: 400 };
const anyString = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ maxLength: 60 }));
const pick = (chars: string, maxLength = 30) => fc.string({ unit: fc.constantFrom(...chars), maxLength });

const nameLike = fc.oneof(anyString, pick("aéÉœ Bç'’-.\u0301\u202e\t ", 40), fc.constantFrom('Véronique', "Jean-Édouard d'Artois", '  Anne  Marie ', 'O’Neil'));
const emailLike = fc.oneof(
  anyString,
  fc.emailAddress(),
  fc.tuple(pick('aB.-_+é ', 12), pick('@', 2), pick('exmple.fr ', 14)).map((p) => p.join('')),
);
const phoneLike = fc.oneof(anyString, pick('0123456789 .-+()/', 22), fc.constantFrom('04 72 72 49 76', '+33 (0)4 72 72 49 76', '0033472724976', '04.72.72.49.76'));
const dateLike = fc.oneof(
  anyString,
  pick('0123456789-/:T Zh+.', 26),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc
    .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }))
    .map(([d, m, y, h, min]) => `${d}/${m}/${y} ${h}:${String(min).padStart(2, '0')}`),
  fc
    .tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 33 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);

/** Runs a parser that may throw: returns its result, or undefined after a UsageError; anything else fails the property. */
function orUsageError<T>(parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return undefined;
  }
}

describe('parsers on any string', () => {
  it('parseName: null or a name that parses to itself', () => {
    fc.assert(
      fc.property(nameLike, (input) => {
        const name = orUsageError(() => parseName(input));
        if (name == null) return;
        expect(parseName(name)).toBe(name);
        expect(name).toBe(name.normalize('NFC').trim());
      }),
      RUNS,
    );
  });

  it('parseEmail: null or a lower-case address that parses to itself', () => {
    fc.assert(
      fc.property(emailLike, (input) => {
        const email = orUsageError(() => parseEmail(input));
        if (email == null) return;
        expect(parseEmail(email)).toBe(email);
        expect(email).toBe(email.toLowerCase());
      }),
      RUNS,
    );
  });

  it('parsePhone: null or the one stored form, which parses to itself', () => {
    fc.assert(
      fc.property(phoneLike, (input) => {
        const phone = orUsageError(() => parsePhone(input));
        if (phone == null) return;
        expect(phone).toMatch(/^0[1-9]( \d{2}){4}$/);
        expect(parsePhone(phone)).toBe(phone);
      }),
      RUNS,
    );
  });

  it('parseInstant: a UsageError or an instant whose ISO form reads back the same', () => {
    fc.assert(
      fc.property(dateLike, fc.constantFrom('Europe/Paris', 'UTC', 'America/Cayenne'), (input, zone) => {
        const date = orUsageError(() => parseInstant(input, zone, '--when'));
        if (date === undefined) return;
        expect(Number.isNaN(date.getTime())).toBe(false);
        expect(parseInstant(date.toISOString(), zone, '--when').getTime()).toBe(date.getTime());
      }),
      RUNS,
    );
  });

  it('parseDay: a UsageError or a yyyy-MM-dd day that parses to itself', () => {
    fc.assert(
      fc.property(dateLike, (input) => {
        const day = orUsageError(() => parseDay(input, '--on'));
        if (day === undefined) return;
        expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(parseDay(day, '--on')).toBe(day);
      }),
      RUNS,
    );
  });

  it('the generators reach the acceptance paths too (the properties are not vacuous)', () => {
    const accepted = (arb: fc.Arbitrary<string>, parse: (s: string) => unknown) => fc.sample(arb, 400).filter((s) => orUsageError(() => parse(s)) != null).length;
    expect(accepted(nameLike, parseName)).toBeGreaterThan(10);
    expect(accepted(emailLike, parseEmail)).toBeGreaterThan(10);
    expect(accepted(phoneLike, parsePhone)).toBeGreaterThan(10);
    expect(accepted(dateLike, (s) => parseInstant(s, 'Europe/Paris', '--x'))).toBeGreaterThan(10);
    expect(accepted(dateLike, (s) => parseDay(s, '--x'))).toBeGreaterThan(10);
  });
});
