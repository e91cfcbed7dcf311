import { describe, expect, it } from 'vitest';
import { ATTENDANCE_REPORT_COLUMNS, headerKey, mapHeader, MEMBER_COLUMNS, PERSON_COLUMNS, REGISTRATION_COLUMNS } from '../../src/domain/csvColumns';
import { MEMBER_HEADERS } from '../../src/i18n/exportHeaders';

// The header synonyms of every import are declared once (src/domain/csvColumns.ts) and mapped by
// one function (mapHeader): a header cell names one column at most, the first cell of a column wins.

const DECLARATIONS = { PERSON_COLUMNS, MEMBER_COLUMNS, REGISTRATION_COLUMNS, ATTENDANCE_REPORT_COLUMNS };

describe('the column declarations', () => {
  it.each(Object.entries(DECLARATIONS))('%s: no header names two columns', (_, columns) => {
    const owner = new Map<string, string[]>();
    for (const [column, names] of Object.entries(columns)) for (const name of names as readonly string[]) owner.set(headerKey(name), [...new Set([...(owner.get(headerKey(name)) ?? []), column])]);
    expect([...owner].filter(([, cols]) => cols.length > 1)).toEqual([]);
  });

  it('the registrations and attendance reports read the people columns as the member import does', () => {
    for (const column of ['email', 'first_name', 'last_name'] as const) {
      expect(ATTENDANCE_REPORT_COLUMNS[column]).toEqual(expect.arrayContaining([...PERSON_COLUMNS[column]]));
      expect(REGISTRATION_COLUMNS[column]).toEqual(PERSON_COLUMNS[column]);
    }
  });

  it('the member import reads back every header `export members` writes, English keys and French headers', () => {
    const expected = Object.fromEntries(Object.keys(MEMBER_HEADERS).map((k, i) => [k, i]));
    expect(mapHeader(Object.keys(MEMBER_HEADERS), MEMBER_COLUMNS)).toEqual(expected);
    expect(mapHeader(Object.values(MEMBER_HEADERS), MEMBER_COLUMNS)).toEqual(expected);
  });
});

describe('mapHeader', () => {
  it('ignores case, accents, punctuation and a BOM; leaves out unknown columns', () => {
    expect(mapHeader(['\uFEFFCOURRIEL', 'Prénom', 'NOM DE FAMILLE', 'Commentaire'], PERSON_COLUMNS)).toEqual({ email: 0, first_name: 1, last_name: 2 });
  });

  it('a column given twice is read from its first cell', () => {
    expect(mapHeader(['Courriel', 'E-mail', 'Session'], REGISTRATION_COLUMNS)).toEqual({ email: 0, session: 2 });
  });
});
