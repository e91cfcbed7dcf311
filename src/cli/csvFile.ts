import { readFile } from 'node:fs/promises';
import type { CsvRow } from '../domain/registrationImport';
import { UsageError } from '../errors';

/** The delimiter of a French or English spreadsheet export: `;` when the header has more of them than `,`. */
export function detectDelimiter(text: string): ';' | ',' {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string) => header.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/**
 * Reads a CSV file (UTF-8, with or without BOM, `;` or `,`): its header and its data rows, each
 * with the line it starts on. csv-parse is loaded only here, when a file is imported.
 */
export async function readCsvFile(path: string): Promise<{ header: string[]; rows: CsvRow[] }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : String(error);
    throw new UsageError('importUnreadable', { path, reason: code });
  }
  const { parse } = await import('csv-parse/sync');
  let records: Array<{ record: string[]; info: { lines: number }; raw: string }>;
  try {
    records = parse(text, {
      bom: true,
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      raw: true,
    }) as unknown as typeof records;
  } catch (error) {
    const lines = typeof error === 'object' && error !== null && 'lines' in error ? Number(error.lines) : 0;
    throw new UsageError('importNotCsv', { path, line: lines, reason: error instanceof Error ? error.message.replace(/^Invalid [^:]*: /, '') : String(error) });
  }
  const [first, ...rest] = records;
  if (!first) return { header: [], rows: [] };
  // info.lines is the line where the record ends; a record spans as many lines as its raw text holds breaks.
  const startLine = (r: { info: { lines: number }; raw: string }) => r.info.lines - (r.raw.replace(/^[\r\n]+|[\r\n]+$/g, '').match(/\n/g)?.length ?? 0);
  return {
    header: first.record,
    rows: rest.filter((r) => r.record.some((c) => c.trim() !== '')).map((r) => ({ line: startLine(r), cells: r.record })),
  };
}
