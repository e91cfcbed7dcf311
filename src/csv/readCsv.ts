// The one CSV reader of every import (people, registrations, attendance): what caprural's own
// exports write, in either dialect, and what spreadsheets and webconference tools save.
import { readFile } from 'node:fs/promises';
import type { CsvRecord } from '../domain/csvColumns';
import { UsageError } from '../errors';

export { headerKey, type CsvRecord } from '../domain/csvColumns';

export interface CsvTable {
  header: string[];
  rows: CsvRecord[];
}

/** The delimiter the header line uses most: `;` (French spreadsheets), tab, or `,`. */
export function detectDelimiter(text: string): ';' | '\t' | ',' {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string) => header.split(c).length - 1;
  return ([';', '\t'] as const).reduce<';' | '\t' | ','>((best, d) => (count(d) > count(best) ? d : best), ',');
}

/**
 * Parses CSV text: UTF-8 with or without BOM, LF or CRLF, `;` `,` or tab (detected), quoted
 * fields with delimiters, quotes and line breaks. Cells are trimmed; blank lines are skipped.
 * csv-parse is loaded here only, when a file is imported.
 */
export async function parseCsv(text: string, file: string): Promise<CsvTable> {
  const { parse } = await import('csv-parse/sync');
  let records: Array<{ record: string[]; info: { lines: number }; raw: string }>;
  try {
    records = parse(text, { bom: true, delimiter: detectDelimiter(text), relax_column_count: true, skip_empty_lines: true, trim: true, info: true, raw: true }) as never;
  } catch (error) {
    const line = typeof error === 'object' && error !== null && 'lines' in error ? Number(error.lines) : 0;
    throw new UsageError('csvMalformed', { file, line, reason: error instanceof Error ? error.message.replace(/^Invalid [^:]*: /, '').split(':')[0]! : String(error) });
  }
  const [first, ...rest] = records;
  if (!first) throw new UsageError('csvEmpty', { file });
  // info.lines is the line a record ends on; one spanning several lines started as many lines earlier.
  const startLine = (r: { info: { lines: number }; raw: string }) => r.info.lines - (r.raw.replace(/^[\r\n]+|[\r\n]+$/g, '').match(/\n/g)?.length ?? 0);
  return {
    header: first.record,
    rows: rest.filter((r) => r.record.some((c) => c !== '')).map((r) => ({ line: startLine(r), cells: r.record })),
  };
}

/** Reads and parses a CSV file; an unreadable file is a usage error naming it. */
export async function readCsvFile(file: string): Promise<CsvTable> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError('fileUnreadable', { file, reason: typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : String(error) });
  }
  // French Excel's "CSV (séparateur : point-virgule)" is Windows-1252: its accents decode as U+FFFD.
  if (text.includes('\uFFFD')) throw new UsageError('csvNotUtf8', { file });
  return parseCsv(text, file);
}
