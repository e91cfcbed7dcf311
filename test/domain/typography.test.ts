// One typographic convention for every sentence (issue 15): in French a space before « : ; ? ! »,
// élision before a name (d'Anne), singular for 0 and 1 ("1 ligne"), one inclusive form (inscrit·e,
// never inscrit(e)), one word for a held session (réalisée); in English no "row(s)" either.
import { describe, expect, it } from 'vitest';
import { en, fr, type Messages } from '../../src/i18n/messages';

/** Parameters for any message: names start with a vowel (élision), counts are 1 (the singular), dates are dates. */
const params = (count: number) =>
  new Proxy(
    {},
    {
      get: (_target, key) => {
        if (typeof key !== 'string') return undefined;
        if (/zone/i.test(key)) return 'Europe/Paris';
        if (/^(closes|received|now|startsAt|endsAt|at|when|from|to)$/.test(key)) return '2018-02-07T22:59:00.000Z';
        if (/paidOn|day/i.test(key)) return '2018-01-15';
        if (/^(items|list|changes|rows)$/.test(key)) return ['Zoé'];
        if (
          /count|^n$|total|present|absent|notRecorded|confirmed|waitlisted|created|updated|unchanged|orgs|pages|minutes|sessions|members|registrations|backups|rewritten|done|sent|retry|failed|left|registrants|expected|got|capacity|position|waiting|line|max|year|seconds|version|supported/i.test(
            key,
          )
        )
          return count;
        // A person's name starts with a vowel (élision); anything else (ids, paths) with a consonant.
        return /name|payer|first|who|signatory/i.test(key) ? 'Anne' : 'Zoé';
      },
    },
  );

function sentences(table: Messages, count: number): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [key, f] of Object.entries(table)) {
    try {
      const text = (f as (p: unknown) => unknown)(params(count));
      if (typeof text === 'string') out.push([key, text]);
    } catch {
      // A message whose parameters are objects of another shape: checked by its own tests.
    }
  }
  return out;
}

const offending = (list: Array<[string, string]>, pattern: RegExp) => list.filter(([, text]) => pattern.test(text)).map(([key, text]) => `${key}: ${text}`);

describe('typography of every message', () => {
  const fr1 = sentences(fr, 1);
  const fr2 = sentences(fr, 2);
  const en1 = sentences(en, 1);

  it('checks most of the messages (the parameters fit)', () => {
    expect(fr1.length).toBeGreaterThan(Object.keys(fr).length * 0.9);
  });

  it('French: one inclusive form (·e), no "(e)" or "(s)"', () => {
    expect(offending(fr2, /\((e|s|es)\)|\(e\)s/).filter((line) => !line.includes('http(s)'))).toEqual([]);
  });

  it('French: 0 and 1 take the singular ("1 ligne", not "1 lignes")', () => {
    expect(offending(fr1, /\b1 (lignes|personnes|inscriptions|sessions|messages|minutes|places|problèmes|changements|certificats|sauvegardes|règles|structures|pages)\b/)).toEqual([]);
  });

  it('French: a space before ":" ";" "?" "!" (times, URLs and option values aside)', () => {
    const tight = /[\p{L}\d)»"'’][:;?!](\s|$)/u;
    expect(offending(fr2, tight).filter((line) => !/https?:|smtps?:/.test(line))).toEqual([]);
  });

  it('French: élision before a name starting with a vowel ("d\'Anne", never "de Anne")', () => {
    expect(offending(fr1, /\bde Anne\b|\bque Anne\b|\ble Anne\b/)).toEqual([]);
  });

  it('French: one word for a held session ("réalisée", never "tenue")', () => {
    expect(offending(fr1, /\btenue?s?\b/)).toEqual([]);
  });

  it('English: no "(s)" plurals; "1 row", "2 rows"', () => {
    expect(offending(en1, /\w\(s\)/).filter((line) => !line.includes('http(s)'))).toEqual([]);
    expect(offending(en1, /\b1 (rows|people|registrations|sessions|messages|minutes|seats|problems|changes|certificates|backups|rules|organisations|pages)\b/)).toEqual([]);
  });
});
