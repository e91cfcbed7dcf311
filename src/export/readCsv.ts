import { parse } from 'csv-parse/sync';
import { UsageError } from '../errors';

export interface CsvRow {
  /** The line of the file the record starts on (1 = the header), for error messages. */
  line: number;
  cells: Record<string, string>;
}

/** A header as compared: lower case, no accents, words joined by `_` ("Prénom" -> "prenom", "first name" -> "first_name"). */
export function headerKey(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

// What an export neutralised (a leading apostrophe before a formula character) reads back as it was.
const NEUTRALISED = /^'(?=[\s\u3000]*[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20])/u;

/**
 * Reads a CSV file as caprural writes it, in either dialect: comma or semicolon (detected from
 * the header line), with or without a UTF-8 BOM, LF or CRLF. Headers are matched through
 * `aliases` (English keys and French headers, compared by headerKey); unknown headers are ignored.
 */
export function readCsv(text: string, file: string, aliases: Record<string, string>): { headers: string[]; rows: CsvRow[] } {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(body, { delimiter, info: true, relax_column_count: true, skip_empty_lines: true, trim: false }) as never;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    throw new UsageError('csvMalformed', { file, line, reason: (error as Error).message.split(':')[0] ?? '' });
  }
  const [header, ...data] = records;
  if (!header) throw new UsageError('csvEmpty', { file });
  const headers = header.record.map((h) => aliases[headerKey(h)] ?? '');
  let previousEnd = header.info.lines;
  const rows = data.map(({ record, info }) => {
    const cells: Record<string, string> = {};
    record.forEach((value, i) => {
      const key = headers[i];
      if (key) cells[key] = value.replace(NEUTRALISED, '');
    });
    const row = { line: previousEnd + 1, cells };
    previousEnd = info.lines;
    return row;
  });
  return { headers: headers.filter(Boolean), rows };
}
