// The one CSV reader of every import (people, registrations, attendance): what caprural's own
// exports write, in either dialect, and what spreadsheets and webconference tools save.
import { readFile } from 'node:fs/promises';
import type { CsvRecord } from '../domain/csvColumns';
import { UsageError } from '../errors';
import { decodeText, type TextEncodingName } from './decodeText';
import { readWorkbookRecords, workbookKind } from './readWorkbook';

export { headerKey, type CsvRecord } from '../domain/csvColumns';
export type { TextEncodingName } from './decodeText';

export interface CsvTable {
  header: string[];
  rows: CsvRecord[];
  /** How the file was decoded; `windows-1252` deserves a notice (the CLI prints it). */
  encoding: TextEncodingName;
}

/** A file's text and how it was decoded; for a workbook, the rows of its sheet (and no text). */
export interface TextFile {
  text: string;
  encoding: TextEncodingName;
  /** An .xlsx sheet's rows with their row numbers: read instead of parsing `text`. */
  records?: CsvRecord[];
}

/** Which sheet of a workbook an import reads (the first when not given). */
export interface ImportFileOptions {
  sheet?: string;
}

const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/**
 * The delimiter of the file: the one that occurs most, outside quoted values, on its first
 * lines (`;` French spreadsheets, tab Teams and Webex, `,` the rest). Several lines are counted
 * because a report may open with a title line that has none ("1. Summary").
 */
export function detectDelimiter(text: string): Delimiter {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/, 30)
    .map((l) => l.replace(/"[^"]*"/g, ''));
  const count = (d: string) => lines.reduce((n, l) => n + l.split(d).length - 1, 0);
  const first = lines.find((l) => l.trim() !== '') ?? '';
  const inFirst = (d: string) => first.split(d).length - 1;
  // The header line decides when it has a delimiter (caprural's own files, spreadsheets); otherwise the first lines.
  const pool = DELIMITERS.some((d) => inFirst(d) > 0) ? inFirst : count;
  return DELIMITERS.reduce<Delimiter>((best, d) => (pool(d) > pool(best) ? d : best), ',');
}

/** Every record of a CSV text with the line it starts on, blank ones included (sections of reports). */
export async function parseRecords(text: string, file: string, delimiter: Delimiter = detectDelimiter(text)): Promise<CsvRecord[]> {
  const { parse } = await import('csv-parse/sync');
  let records: Array<{ record: string[]; info: { lines: number }; raw: string }>;
  try {
    records = parse(text, { bom: true, delimiter, relax_column_count: true, relax_quotes: delimiter === '\t', skip_empty_lines: false, trim: true, info: true, raw: true }) as never;
  } catch (error) {
    const line = typeof error === 'object' && error !== null && 'lines' in error ? Number(error.lines) : 0;
    // csv-parse's code names the fault; the message sentence says it in words (its English text only for a code it does not know).
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    const english = error instanceof Error ? error.message.replace(/^Invalid [^:]*: /, '').split(':')[0]! : String(error);
    throw new UsageError('csvMalformed', { file, line, reason: code || english, english });
  }
  // info.lines is the line a record ends on; one spanning several lines started as many lines earlier.
  const startLine = (r: { info: { lines: number }; raw: string }) => r.info.lines - (r.raw.replace(/^[\r\n]+|[\r\n]+$/g, '').match(/\n/g)?.length ?? 0);
  return records.map((r) => ({ line: startLine(r), cells: r.record }));
}

/**
 * Parses CSV text: LF or CRLF, `;` `,` or tab (detected), quoted fields with delimiters, quotes
 * and line breaks. Cells are trimmed; blank lines are skipped. csv-parse is loaded here only, when
 * a file is imported.
 */
export async function parseCsv(text: string, file: string, encoding: TextEncodingName = 'utf-8'): Promise<CsvTable> {
  const records = (await parseRecords(text, file)).filter((r) => r.cells.some((c) => c !== ''));
  const [first, ...rest] = records;
  if (!first) throw new UsageError('csvEmpty', { file });
  return { header: first.cells, rows: rest, encoding };
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new UsageError('fileUnreadable', { file, reason: typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : String(error) });
  }
}

/**
 * Reads an imported file: an .xlsx (recognised by its content, whatever its name) as the rows of
 * its first sheet or of `options.sheet`; otherwise text with the one decoder (UTF-8 ± BOM, UTF-16,
 * Windows-1252). An unreadable file, an .ods or .xls workbook, or binary data is a usage error
 * naming the file and saying what to do.
 */
export async function readTextFile(file: string, options: ImportFileOptions = {}): Promise<TextFile> {
  const bytes = await readBytes(file);
  const workbook = workbookKind(bytes);
  if (workbook === 'ods') throw new UsageError('odsNotRead', { file });
  if (workbook === 'xls') throw new UsageError('xlsNotRead', { file });
  if (workbook === 'xlsx') return { text: '', encoding: 'utf-8', records: await readWorkbookRecords(bytes, file, options.sheet) };
  if (options.sheet !== undefined) throw new UsageError('sheetOnlyForWorkbook', { file });
  const decoded = decodeText(bytes);
  if (decoded.kind === 'spreadsheet') throw new UsageError('csvIsSpreadsheet', { file });
  if (decoded.kind === 'binary') throw new UsageError('csvBinary', { file });
  return { text: decoded.text, encoding: decoded.encoding };
}

/** Reads and parses a CSV file or an .xlsx sheet (see readTextFile for what it accepts). */
export async function readCsvFile(file: string, options: ImportFileOptions = {}): Promise<CsvTable> {
  const { text, encoding, records } = await readTextFile(file, options);
  if (!records) return parseCsv(text, file, encoding);
  const [first, ...rest] = records.filter((r) => r.cells.some((c) => c !== ''));
  if (!first) throw new UsageError('csvEmpty', { file });
  return { header: first.cells, rows: rest, encoding };
}
