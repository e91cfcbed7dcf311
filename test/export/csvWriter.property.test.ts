// caprural writes CSV with its own small writer (src/export/csvWriter.ts) instead of
// csv-stringify, for speed. The output must be byte for byte what csv-stringify gave with the
// options caprural passed it: checked on arbitrary records and on whole exports, in every dialect.
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvChunks, toCsv, type CsvDialect } from '../../src/export/csv';
import { csvRecordWriter } from '../../src/export/csvWriter';
import { neutralise } from '../../src/export/neutralise';
import type { Column, Table } from '../../src/export/table';
import { formatInstant } from '../../src/time';

/** csv-stringify as caprural called it before its own writer (src/export/csv.ts until then). */
function reference(records: Array<Array<string | number>>, delimiter: string, bom: boolean, recordDelimiter: string): string {
  return stringify(records, { delimiter, bom, record_delimiter: recordDelimiter, quote_record_delimiter: true, quoted_match: /[\r\n]/ });
}

/** The previous toCsv, verbatim but for the name: records built the same way, then csv-stringify. */
function referenceToCsv<R>(table: Table<R>, dialect: CsvDialect): string {
  const cell = (value: string | number | boolean | null, type: string, timeZone: string): string | number => {
    if (value === null) return '';
    if (typeof value === 'number') return dialect.excel ? String(value) : value;
    if (typeof value === 'boolean') return dialect.excel ? (value ? 'oui' : 'non') : String(value);
    if (type === 'instant' && dialect.excel) return formatInstant(value, timeZone, 'fr');
    if (type === 'date' && dialect.excel) return `${value.slice(8, 10)}/${value.slice(5, 7)}/${value.slice(0, 4)}`;
    return dialect.raw ? value : neutralise(value);
  };
  const delimiter = dialect.delimiter ?? (dialect.excel ? ';' : ',');
  const records: Array<Array<string | number>> = [];
  for (const line of table.preamble ?? []) records.push(line.map((v) => (dialect.raw ? v : neutralise(v))));
  records.push(table.columns.map((c) => (dialect.excel ? c.fr : c.key)));
  for (const row of table.rows) {
    const timeZone = table.timeZone(row);
    records.push(
      table.columns.map((c) => {
        const value = c.get(row);
        const shown = dialect.excel && c.frValues && typeof value === 'string' ? (c.frValues[value] ?? value) : value;
        return cell(shown, c.type, timeZone);
      }),
    );
  }
  return reference(records, delimiter, dialect.bom ?? dialect.excel, dialect.excel ? '\r\n' : '\n');
}

// What makes CSV hard: quotes, delimiters, CR and LF alone or together, the BOM and other
// invisible characters, formula starts (ASCII and full-width), accents, astral characters.
const TRICKY = ['"', ',', ';', '\t', '|', ' ', '\r', '\n', '\r\n', '\ufeff', '\u200b', '\u202e', '=', '+', '-', '@', '\uff1d', '\u2212', "'", 'é', 'Œ', '’', '😀', '\ud83d', 'a', 'Z', '0'];
const text = fc.oneof(
  fc.array(fc.constantFrom(...TRICKY), { maxLength: 8 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.constantFrom('', ' ', '=SUM(A1)', '-1', '+33 6 12 34 56 78', '@cmd', '"quoted"', 'a;b', 'a,b', 'line\nbreak', 'cr\ronly', 'crlf\r\nend', 'trailing\r', 'half\ud83d'),
);
const number = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -0, -1, 1.5, 1e21, -1e-7, Number.MAX_SAFE_INTEGER, Infinity, -Infinity, NaN));
// Delimiters the CLI accepts: one character, neither a quote nor a line break (an astral one too).
const delimiter = fc.constantFrom(',', ';', '\t', '|', ' ', 'a', '0', '-', ']', '^', '\\', '.', 'é', '€', '😀', '😀');

describe('the CSV writer', () => {
  it('writes records byte for byte as csv-stringify did, for any fields, delimiter, BOM and line ending', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(text, text, number), { maxLength: 6 }), { maxLength: 6 }), delimiter, fc.boolean(), fc.constantFrom('\n', '\r\n'), (records, delim, bom, end) => {
        const record = csvRecordWriter(delim);
        const ours = (bom ? '\ufeff' : '') + records.map((fields) => record(fields) + end).join('');
        expect(ours).toBe(reference(records, delim, bom, end));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes whole exports byte for byte as before, in every dialect (neutralised or raw, --excel, --delimiter, --bom), whole or in pieces', () => {
    type Row = Array<string | number | boolean | null>;
    const columnOf = (type: Column<Row>['type'], i: number): Column<Row> => ({
      key: `${type}_${i}`,
      fr: `Colonne ${i} ; « ${type} »`,
      type,
      // Without a prototype: the columns that have French values hold fixed words (statuses), never `toString`.
      ...(i % 2 === 0 ? { frValues: Object.assign(Object.create(null) as Record<string, string>, { confirmed: 'confirmée', '=x': '=y', 'a;b': 'a\nb' }) } : {}),
      get: (row) => row[i] ?? null,
    });
    const typeOf = fc.constantFrom<Column<Row>['type']>('text', 'text', 'number', 'instant', 'date', 'boolean');
    const valueOf = (type: Column<Row>['type']) =>
      fc.oneof(
        fc.constant(null),
        type === 'number'
          ? number
          : type === 'boolean'
            ? fc.boolean()
            : type === 'instant'
              ? fc.date({ min: new Date('1990-01-01'), max: new Date('2060-01-01'), noInvalidDate: true }).map((d) => d.toISOString())
              : type === 'date'
                ? fc.date({ min: new Date('1990-01-01'), max: new Date('2060-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
                : fc.oneof(text, fc.constantFrom('confirmed', '=x', 'a;b')),
      );
    const table = fc.array(typeOf, { minLength: 1, maxLength: 5 }).chain((types) =>
      fc.record({
        types: fc.constant(types),
        rows: fc.array(fc.tuple(...types.map(valueOf)), { maxLength: 8 }),
        zones: fc.constantFrom('Europe/Paris', 'America/Cayenne', 'Indian/Reunion', 'Pacific/Noumea'),
        preamble: fc.option(fc.array(fc.array(text, { maxLength: 3 }), { maxLength: 3 }), { nil: undefined }),
      }),
    );
    const dialect = fc.record({
      excel: fc.boolean(),
      raw: fc.boolean(),
      delimiter: fc.option(delimiter, { nil: undefined }),
      bom: fc.option(fc.boolean(), { nil: undefined }),
    });
    fc.assert(
      fc.property(table, dialect, fc.integer({ min: 1, max: 300 }), ({ types, rows, zones, preamble }, d, chunkChars) => {
        const t: Table<Row> = { columns: types.map(columnOf), rows: rows as Row[], timeZone: () => zones, ...(preamble ? { preamble } : {}) };
        const expected = referenceToCsv(t, d);
        expect(toCsv(t, d)).toBe(expected);
        // Written to stdout piece by piece: the same bytes, every piece but the last ending a record.
        const chunks = [...csvChunks(t, d, chunkChars)];
        expect(chunks.join('')).toBe(expected);
        const end = d.excel ? '\r\n' : '\n';
        for (const chunk of chunks.slice(0, -1)) {
          expect(chunk.length).toBeGreaterThanOrEqual(chunkChars);
          expect(chunk.endsWith(end)).toBe(true);
        }
      }),
      { numRuns: 600 },
    );
  });
});
